import Type from 'typebox';

/**
 * Settings of the generator tiers (Ollama, OpenAI, Azure OpenAI, offline), transcription, cost and
 * cache. Kept apart from the main schema (which spreads them in). A tier whose settings are absent
 * is not in the route.
 */
const Duration = (defaultValue: string, description: string) =>
  Type.String({ default: defaultValue, pattern: '^\\d+(\\.\\d+)?\\s*(ms|s|m|h|d|w)?$', description });
const Url = (description: string) => Type.Optional(Type.String({ pattern: '^https?://', description }));

export const TIER_NAMES = ['ollama', 'openai', 'azure', 'offline'] as const;
export type TierName = (typeof TIER_NAMES)[number];

/**
 * Where an endpoint keeps and processes the data it is sent. Only `eu` endpoints may receive an EU
 * request's brief, files, images or voice notes (the residency policy in @statex/ai decides).
 */
export const DATA_RESIDENCIES = ['eu', 'non-eu'] as const;
export type DataResidency = (typeof DATA_RESIDENCIES)[number];

/**
 * Azure regions by programmatic name (`az account list-locations`), true where the region lies in an
 * EU member state. EEA and European regions outside the EU (Norway, Switzerland, the UK) are not EU.
 */
export const AZURE_REGIONS: Readonly<Record<string, boolean>> = {
  // EU member states
  westeurope: true, northeurope: true, francecentral: true, francesouth: true, germanywestcentral: true, germanynorth: true,
  swedencentral: true, swedensouth: true, italynorth: true, polandcentral: true, spaincentral: true, austriaeast: true,
  belgiumcentral: true, denmarkeast: true,
  // Europe outside the EU
  uksouth: false, ukwest: false, switzerlandnorth: false, switzerlandwest: false, norwayeast: false, norwaywest: false,
  // Americas
  eastus: false, eastus2: false, centralus: false, northcentralus: false, southcentralus: false, westcentralus: false,
  westus: false, westus2: false, westus3: false, canadacentral: false, canadaeast: false, brazilsouth: false,
  brazilsoutheast: false, mexicocentral: false, chilecentral: false,
  // Asia Pacific
  eastasia: false, southeastasia: false, japaneast: false, japanwest: false, koreacentral: false, koreasouth: false,
  australiaeast: false, australiasoutheast: false, australiacentral: false, australiacentral2: false, centralindia: false,
  southindia: false, westindia: false, jioindiawest: false, jioindiacentral: false, indonesiacentral: false,
  malaysiawest: false, newzealandnorth: false,
  // Middle East and Africa
  uaenorth: false, uaecentral: false, qatarcentral: false, israelcentral: false, southafricanorth: false, southafricawest: false,
  // Sovereign clouds
  usgovvirginia: false, usgovarizona: false, usgovtexas: false, chinanorth: false, chinaeast: false, chinanorth2: false,
  chinaeast2: false, chinanorth3: false, chinaeast3: false,
};

/** `Sweden Central`, `sweden-central` and `swedencentral` name the same region. */
export function azureRegionName(value: string): string {
  return value.toLowerCase().replace(/[\s_-]+/g, '');
}

/** OpenAI's endpoint for projects created with EU data residency (data stored and processed in the EU). */
export const OPENAI_EU_BASE_URL = 'https://eu.api.openai.com/v1';
const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1';
const Residency = (description: string) => Type.Optional(Type.Union([Type.Literal('eu'), Type.Literal('non-eu')], { description }));

export const AiEnv = {
  AI_TIER_ORDER: Type.String({ default: 'ollama,openai,azure,offline', pattern: '^\\s*[a-z]+(\\s*,\\s*[a-z]+)*\\s*$', description: 'Order in which requests try the tiers; EU requests skip every endpoint not declared EU' }),
  OLLAMA_RESIDENCY: Residency('Where the Ollama server runs: eu | non-eu (default non-eu: an EU request reaches it only when you declare it runs in the EU)'),
  OPENAI_DATA_RESIDENCY: Residency('eu for an OpenAI project with EU data residency (its endpoint https://eu.api.openai.com/v1, the default base URL then), or for a compatible server you run in the EU; default non-eu'),
  AZURE_OPENAI_REGION: Type.Optional(Type.String({ minLength: 1, description: 'Azure region of AZURE_OPENAI_ENDPOINT, e.g. swedencentral; required with the azure tier; EU regions may receive EU requests' })),
  TRANSCRIBE_RESIDENCY: Residency('Where the TRANSCRIBE_BASE_URL server runs: eu | non-eu (default non-eu)'),
  OLLAMA_HOST: Url('Ollama server, e.g. http://127.0.0.1:11434; unset: no ollama tier'),
  OLLAMA_MODEL: Type.String({ minLength: 1, default: 'llama3.1', description: 'Ollama model for the deliverables' }),
  OLLAMA_VISION_MODEL: Type.Optional(Type.String({ minLength: 1, description: 'Ollama vision model (e.g. llava) that describes uploaded images; unset: Ollama describes no images' })),
  OPENAI_API_KEY: Type.Optional(Type.String({ minLength: 1, description: 'OpenAI (or compatible server) key; unset: no openai tier' })),
  OPENAI_BASE_URL: Url('OpenAI-compatible API base, e.g. http://127.0.0.1:8000/v1 (vLLM, LM Studio); default https://api.openai.com/v1'),
  OPENAI_MODEL: Type.String({ minLength: 1, default: 'gpt-4o-mini' }),
  OPENAI_TRANSCRIBE_MODEL: Type.String({ minLength: 1, default: 'whisper-1' }),
  OPENAI_VISION_MODEL: Type.Optional(Type.String({ minLength: 1, description: 'Model that describes uploaded images; default OPENAI_MODEL' })),
  AZURE_OPENAI_ENDPOINT: Url('Azure OpenAI resource, e.g. https://statex-eu.openai.azure.com (an EU region); unset: no azure tier'),
  AZURE_OPENAI_API_KEY: Type.Optional(Type.String({ minLength: 1 })),
  AZURE_OPENAI_DEPLOYMENT: Type.Optional(Type.String({ minLength: 1, description: 'Chat deployment name' })),
  AZURE_OPENAI_API_VERSION: Type.String({ minLength: 1, default: '2024-10-21' }),
  AZURE_OPENAI_VISION_DEPLOYMENT: Type.Optional(Type.String({ minLength: 1, description: 'Deployment that describes uploaded images; default AZURE_OPENAI_DEPLOYMENT' })),
  AZURE_OPENAI_TRANSCRIBE_DEPLOYMENT: Type.Optional(Type.String({ minLength: 1, description: 'Whisper deployment; unset: no transcription on Azure' })),
  TRANSCRIBE_BASE_URL: Url('Self-hosted OpenAI-compatible transcription server (/v1/audio/transcriptions), allowed for EU requests'),
  TRANSCRIBE_API_KEY: Type.Optional(Type.String({ minLength: 1 })),
  TRANSCRIBE_MODEL: Type.String({ minLength: 1, default: 'whisper-1' }),
  AI_PRICES: Type.String({
    default: 'gpt-4o-mini=0.15/0.6,gpt-4o=2.5/10,gpt-4.1-mini=0.4/1.6',
    pattern: '^\\s*([^=,\\s]+=\\d+(\\.\\d+)?/\\d+(\\.\\d+)?\\s*,?\\s*)*$',
    description: 'USD per million tokens in/out by model (Azure: by deployment): model=in/out,…; unlisted models cost 0',
  }),
  AI_DAILY_BUDGETS: Type.String({ default: '', pattern: '^\\s*([a-z]+=\\d+(\\.\\d+)?\\s*,?\\s*)*$', description: 'USD a tier may spend per UTC day: openai=20,azure=50; a spent tier is skipped until midnight' }),
  AI_TIMEOUT: Duration('120s', 'One model call (a whole streamed answer) is abandoned after this'),
  AI_RETRIES: Type.Integer({ minimum: 0, maximum: 10, default: 2, description: 'Retries per model call on 408/429/5xx and network errors' }),
  AI_RETRY_BASE: Duration('1s', 'First backoff delay; doubles each retry, ±20 % jitter'),
  AI_RETRY_MAX_WAIT: Duration('30s', 'A Retry-After longer than this sends the request to the next tier instead'),
  AI_BREAKER_THRESHOLD: Type.Integer({ minimum: 1, default: 3, description: 'Consecutive failed calls that open a tier’s circuit breaker' }),
  AI_BREAKER_HALF_OPEN: Duration('30s', 'An open breaker lets a trial call through after this'),
  AI_CACHE_TTL: Duration('24h', 'How long a model answer is reused for the same prompt, model and schema'),
  AI_CACHE_MAX_ENTRIES: Type.Integer({ minimum: 0, default: 500, description: 'In-memory cache size (embedded mode); 0 turns the cache off' }),
  AI_CONTEXT_CHARS: Type.Integer({ minimum: 2000, default: 48_000, description: 'Customer text sent to a model at most; longer inputs are condensed to their statements of need' }),
};

const AiEnvSchema = Type.Object(AiEnv);
type AiEnvValues = Type.Static<typeof AiEnvSchema>;

export interface ModelPrice {
  inputPerMTok: number;
  outputPerMTok: number;
}

export interface AiConfig {
  /** Tiers in the order requests try them; only configured tiers (and offline) appear. */
  tierOrder: TierName[];
  /**
   * `visionModel`/`visionDeployment`: what describes uploaded images (Ollama: none unless set).
   * `residency`: where each endpoint keeps the data (declared per endpoint; Azure's from its region).
   */
  ollama: { host: string; model: string; visionModel?: string | undefined; residency: DataResidency } | null;
  /** `baseUrl`: resolved (OPENAI_BASE_URL, else OpenAI's EU or global endpoint by residency). */
  openai: { apiKey: string; baseUrl: string; model: string; transcribeModel: string; visionModel?: string | undefined; residency: DataResidency } | null;
  azure: { endpoint: string; apiKey: string; deployment: string; apiVersion: string; transcribeDeployment: string | undefined; visionDeployment?: string | undefined; region: string; residency: DataResidency } | null;
  /** Self-hosted OpenAI-compatible transcription. */
  transcribe: { baseUrl: string; apiKey: string | undefined; model: string; residency: DataResidency } | null;
  prices: Record<string, ModelPrice>;
  dailyBudgetUsd: Partial<Record<TierName, number>>;
  timeoutMs: number;
  retries: number;
  retryBaseMs: number;
  retryMaxWaitMs: number;
  breaker: { threshold: number; halfOpenAfterMs: number };
  cache: { ttlMs: number; maxEntries: number };
  contextChars: number;
}

export function deriveAiConfig(env: AiEnvValues, duration: (name: keyof typeof AiEnv) => number): { config: AiConfig; problems: string[] } {
  const problems: string[] = [];
  const order: TierName[] = [];
  for (const name of env.AI_TIER_ORDER.split(',').map((s) => s.trim())) {
    if (!(TIER_NAMES as readonly string[]).includes(name)) problems.push(`AI_TIER_ORDER: unknown tier "${name}" (known: ${TIER_NAMES.join(', ')})`);
    else if (!order.includes(name as TierName)) order.push(name as TierName);
  }
  // The offline tier is always the last resort, even when the order leaves it out.
  if (!order.includes('offline')) order.push('offline');
  const azureParts = [env.AZURE_OPENAI_ENDPOINT, env.AZURE_OPENAI_API_KEY, env.AZURE_OPENAI_DEPLOYMENT, env.AZURE_OPENAI_REGION];
  if (azureParts.some(Boolean) && !azureParts.every(Boolean)) {
    problems.push('AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY, AZURE_OPENAI_DEPLOYMENT and AZURE_OPENAI_REGION: set all four to enable the azure tier, or none (the region declares where the data goes)');
  }
  const region = env.AZURE_OPENAI_REGION ? azureRegionName(env.AZURE_OPENAI_REGION) : undefined;
  if (region !== undefined && !(region in AZURE_REGIONS)) {
    problems.push(`AZURE_OPENAI_REGION: "${env.AZURE_OPENAI_REGION}" is not an Azure region name (e.g. swedencentral, westeurope, francecentral, germanywestcentral; see az account list-locations)`);
  }
  const ollama = env.OLLAMA_HOST ? { host: env.OLLAMA_HOST, model: env.OLLAMA_MODEL, visionModel: env.OLLAMA_VISION_MODEL, residency: env.OLLAMA_RESIDENCY ?? 'non-eu' } : null;
  const openaiResidency = env.OPENAI_DATA_RESIDENCY ?? 'non-eu';
  // OpenAI's global endpoint does not keep data in the EU, whatever the project says.
  if (openaiResidency === 'eu' && env.OPENAI_BASE_URL && URL.canParse(env.OPENAI_BASE_URL) && new URL(env.OPENAI_BASE_URL).hostname === 'api.openai.com') {
    problems.push(`OPENAI_DATA_RESIDENCY: eu needs OpenAI's EU endpoint (OPENAI_BASE_URL=${OPENAI_EU_BASE_URL}, or leave OPENAI_BASE_URL unset), not ${env.OPENAI_BASE_URL}`);
  }
  const openai = env.OPENAI_API_KEY
    ? {
        apiKey: env.OPENAI_API_KEY,
        baseUrl: env.OPENAI_BASE_URL ?? (openaiResidency === 'eu' ? OPENAI_EU_BASE_URL : OPENAI_DEFAULT_BASE_URL),
        model: env.OPENAI_MODEL,
        transcribeModel: env.OPENAI_TRANSCRIBE_MODEL,
        visionModel: env.OPENAI_VISION_MODEL ?? env.OPENAI_MODEL,
        residency: openaiResidency,
      }
    : null;
  const azure =
    env.AZURE_OPENAI_ENDPOINT && env.AZURE_OPENAI_API_KEY && env.AZURE_OPENAI_DEPLOYMENT && region !== undefined
      ? {
          endpoint: env.AZURE_OPENAI_ENDPOINT,
          apiKey: env.AZURE_OPENAI_API_KEY,
          deployment: env.AZURE_OPENAI_DEPLOYMENT,
          apiVersion: env.AZURE_OPENAI_API_VERSION,
          transcribeDeployment: env.AZURE_OPENAI_TRANSCRIBE_DEPLOYMENT,
          visionDeployment: env.AZURE_OPENAI_VISION_DEPLOYMENT ?? env.AZURE_OPENAI_DEPLOYMENT,
          region,
          residency: (AZURE_REGIONS[region] ? 'eu' : 'non-eu') as DataResidency,
        }
      : null;
  const configured: Record<TierName, boolean> = { ollama: ollama !== null, openai: openai !== null, azure: azure !== null, offline: true };
  const prices: Record<string, ModelPrice> = {};
  for (const entry of env.AI_PRICES.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [model = '', rest = ''] = entry.split('=');
    const [input = '0', output = '0'] = rest.split('/');
    prices[model.trim()] = { inputPerMTok: Number(input), outputPerMTok: Number(output) };
  }
  const dailyBudgetUsd: Partial<Record<TierName, number>> = {};
  for (const entry of env.AI_DAILY_BUDGETS.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [tier = '', amount = '0'] = entry.split('=');
    if (!(TIER_NAMES as readonly string[]).includes(tier.trim())) problems.push(`AI_DAILY_BUDGETS: unknown tier "${tier.trim()}"`);
    else dailyBudgetUsd[tier.trim() as TierName] = Number(amount);
  }
  return {
    problems,
    config: {
      tierOrder: order.filter((t) => configured[t]),
      ollama,
      openai,
      azure,
      transcribe: env.TRANSCRIBE_BASE_URL ? { baseUrl: env.TRANSCRIBE_BASE_URL, apiKey: env.TRANSCRIBE_API_KEY, model: env.TRANSCRIBE_MODEL, residency: env.TRANSCRIBE_RESIDENCY ?? 'non-eu' } : null,
      prices,
      dailyBudgetUsd,
      timeoutMs: duration('AI_TIMEOUT'),
      retries: env.AI_RETRIES,
      retryBaseMs: duration('AI_RETRY_BASE'),
      retryMaxWaitMs: duration('AI_RETRY_MAX_WAIT'),
      breaker: { threshold: env.AI_BREAKER_THRESHOLD, halfOpenAfterMs: duration('AI_BREAKER_HALF_OPEN') },
      cache: { ttlMs: duration('AI_CACHE_TTL'), maxEntries: env.AI_CACHE_MAX_ENTRIES },
      contextChars: env.AI_CONTEXT_CHARS,
    },
  };
}
