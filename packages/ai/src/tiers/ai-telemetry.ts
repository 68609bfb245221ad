/** What the router reports for metrics; the pipeline binds it to Prometheus. */
export interface AiTelemetry {
  /** One model call (retries included) and how it ended: ok, or a ProviderFailure kind. */
  call(tier: string, seconds: number, outcome: string): void;
  usage(tier: string, model: string, tokensIn: number, tokensOut: number, costUsd: number): void;
  cacheLookup(hit: boolean): void;
}

export const NO_TELEMETRY: AiTelemetry = { call() {}, usage() {}, cacheLookup() {} };
