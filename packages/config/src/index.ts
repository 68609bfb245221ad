export { loadConfig, loadConfigOrExit, ConfigError, type Config } from './load-config.ts';
export { EnvSchema, type Env } from './schema.ts';
export { SECRET_SETTINGS, type AccessConfig, type OAuthProviderConfig, type OAuthProviderName } from './access-settings.ts';
export { AiEnv, AZURE_REGIONS, DATA_RESIDENCIES, OPENAI_EU_BASE_URL, TIER_NAMES, azureRegionName, type AiConfig, type DataResidency, type ModelPrice, type TierName } from './ai-settings.ts';
export type { ExtractionConfig } from './extraction-settings.ts';
