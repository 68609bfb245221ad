export { loadConfig, loadConfigOrExit, ConfigError, type Config } from './load-config.ts';
export { EnvSchema, type Env } from './schema.ts';
