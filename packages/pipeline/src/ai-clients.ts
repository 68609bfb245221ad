import { createAiClients, ImageDescriber, type AiClients } from '@statex/ai';
import { COMPLIANCE_MODES, type ComplianceMode } from '@statex/core';
import { DatabaseUsageLedger } from './ai-usage-ledger.ts';
import type { PipelineContext } from './pipeline-context.ts';

/** The AI services the pipeline's stages use: built once per process, never per image or voice note. */
export interface PipelineAi {
  /** Every client (chat, vision, transcription); the residency policy picks which may receive a request's data. */
  clients: AiClients;
  /** Describes uploaded images through the process's breakers, the usage ledger in the database and the AI metrics. */
  describer: ImageDescriber;
}

declare module './pipeline-context.ts' {
  interface PipelineContext {
    /** The process's AI services (runtime.ts injects them at start; see `pipelineAi`). */
    ai?: PipelineAi;
  }
}

/** The image describer and the other AI services of a context, from clients built at start. */
export function createPipelineAi(ctx: PipelineContext, clients: AiClients): PipelineAi {
  const describer = new ImageDescriber({
    settings: ctx.config.ai,
    models: clients.vision,
    breakers: ctx.breakers,
    ledger: new DatabaseUsageLedger(ctx.db),
    telemetry: ctx.metrics.aiTelemetry(),
    log: ctx.log,
  });
  return { clients, describer };
}

/**
 * The context's AI services: those the runtime injected, or — for a context built without them
 * (tests of single stages) — built once for that context and kept on it.
 */
export function pipelineAi(ctx: PipelineContext): PipelineAi {
  ctx.ai ??= createPipelineAi(ctx, createAiClients(ctx.config.ai));
  return ctx.ai;
}

/** A request's compliance mode as the core enum, for the residency policy; a value outside it is refused, never read as "standard". */
export function complianceOf(request: { id: string; compliance: string }): ComplianceMode {
  if ((COMPLIANCE_MODES as readonly string[]).includes(request.compliance)) return request.compliance as ComplianceMode;
  throw new Error(`request ${request.id}: unknown compliance mode ${JSON.stringify(request.compliance)}`);
}
