import type { AiConfig, DataResidency, TierName } from '@statex/config';
import type { ComplianceMode } from '@statex/core';

/** A tier with a model behind it (every tier but offline). */
export type ModelTier = Exclude<TierName, 'offline'>;
/** Where a voice note may be transcribed: the self-hosted server (TRANSCRIBE_BASE_URL) or a tier's Whisper. */
export type TranscriptionEndpoint = 'self-hosted' | 'azure' | 'openai';
export type AiEndpoint = ModelTier | TranscriptionEndpoint;
/** What is sent: the brief and files (chat), an uploaded image (vision), a voice note (transcribe). */
export type AiDataKind = 'chat' | 'vision' | 'transcribe';

export type ResidencySettings = Pick<AiConfig, 'tierOrder' | 'ollama' | 'openai' | 'azure' | 'transcribe'>;

/**
 * The one EU residency policy. Each configured endpoint declares where it keeps the data
 * (OLLAMA_RESIDENCY, OPENAI_DATA_RESIDENCY, AZURE_OPENAI_REGION, TRANSCRIBE_RESIDENCY); an EU
 * request's data goes only to endpoints declared `eu` — for the deliverables, image descriptions and
 * voice transcription alike, first try and fallback alike. Tier names decide nothing.
 */
export class ResidencyPolicy {
  private readonly settings: ResidencySettings;

  constructor(settings: ResidencySettings) {
    this.settings = settings;
  }

  /** Where an endpoint keeps the data; null when the endpoint is not configured. */
  residencyOf(endpoint: AiEndpoint): DataResidency | null {
    if (endpoint === 'self-hosted') return this.settings.transcribe?.residency ?? null;
    return this.settings[endpoint]?.residency ?? null;
  }

  /**
   * The endpoints that may receive this kind of data for a request, in the order they are tried:
   * AI_TIER_ORDER (the self-hosted transcription server first for voice), only endpoints configured
   * for the kind, and for an EU request only those declared `eu`. Offline is never listed: no data
   * leaves the process there, and it ends every generation route.
   */
  route(kind: 'chat' | 'vision', compliance: ComplianceMode): ModelTier[];
  route(kind: 'transcribe', compliance: ComplianceMode): TranscriptionEndpoint[];
  route(kind: AiDataKind, compliance: ComplianceMode): AiEndpoint[];
  route(kind: AiDataKind, compliance: ComplianceMode): AiEndpoint[] {
    const tiers = this.settings.tierOrder.filter((t): t is ModelTier => t !== 'offline');
    const candidates: AiEndpoint[] = kind === 'transcribe' ? ['self-hosted', ...tiers.filter((t): t is 'azure' | 'openai' => t !== 'ollama')] : tiers;
    return candidates.filter((endpoint) => this.serves(endpoint, kind) && (compliance !== 'eu' || this.residencyOf(endpoint) === 'eu'));
  }

  /** Whether the endpoint is configured to handle this kind of data at all. */
  private serves(endpoint: AiEndpoint, kind: AiDataKind): boolean {
    const { ollama, openai, azure, transcribe } = this.settings;
    switch (endpoint) {
      case 'self-hosted':
        return kind === 'transcribe' && transcribe !== null;
      case 'ollama':
        return ollama !== null && (kind === 'chat' || (kind === 'vision' && Boolean(ollama.visionModel)));
      case 'openai':
        return openai !== null;
      case 'azure':
        return azure !== null && (kind !== 'transcribe' || Boolean(azure.transcribeDeployment));
    }
  }
}
