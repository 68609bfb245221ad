import OpenAI, { AzureOpenAI } from 'openai';

/**
 * The openai SDK's clients, with every option it would otherwise read from the environment given
 * explicitly. The SDK falls back to OPENAI_BASE_URL, OPENAI_API_KEY, OPENAI_ADMIN_KEY, OPENAI_ORG_ID,
 * OPENAI_PROJECT_ID and OPENAI_WEBHOOK_SECRET when an option is `undefined`; `AzureOpenAI` even reads
 * OPENAI_BASE_URL and then refuses to start ("baseURL and endpoint are mutually exclusive") when the
 * OpenAI tier's base URL is set next to an Azure endpoint. Settings come from @statex/config only,
 * so `null` stands for "none" (the SDK applies its env defaults to `undefined` alone). The SDK's own
 * retries are off: retries, timeouts and breakers are ours.
 */
const NOT_FROM_ENV = { adminAPIKey: null, organization: null, project: null, webhookSecret: null } as const;

/** OpenAI or a compatible server (vLLM, LM Studio, a self-hosted Whisper) at `baseUrl`. */
export function openAiClient(settings: { apiKey: string; baseUrl: string }, timeoutMs?: number): OpenAI {
  return new OpenAI({ ...NOT_FROM_ENV, apiKey: settings.apiKey, baseURL: settings.baseUrl, maxRetries: 0, ...(timeoutMs ? { timeout: timeoutMs } : {}) });
}

/** Azure OpenAI: the deployment in the path, `api-version` in the query, the key in `api-key`. */
export function azureClient(settings: { endpoint: string; apiKey: string; apiVersion: string }, deployment: string, timeoutMs?: number): AzureOpenAI {
  return new AzureOpenAI({
    ...NOT_FROM_ENV,
    // null, not undefined: the SDK's default for baseURL is OPENAI_BASE_URL, which belongs to the openai tier.
    baseURL: null,
    endpoint: settings.endpoint,
    apiKey: settings.apiKey,
    apiVersion: settings.apiVersion,
    deployment,
    maxRetries: 0,
    ...(timeoutMs ? { timeout: timeoutMs } : {}),
  });
}
