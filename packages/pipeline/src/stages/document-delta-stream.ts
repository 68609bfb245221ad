import type { DeliverableName } from '@statex/ai';
import type { PipelineContext } from '../pipeline-context.ts';
import type { RequestRow } from '../request-repository.ts';

/** How often streamed text is written: one row per document per interval, never one per token. */
export const DELTA_FLUSH_MS = 250;

/**
 * Collects a generation's streamed text and writes it as `document-delta` events in batches, so
 * the SSE stream shows the documents being written (in every process: events live in the
 * database) at a few rows a second per request.
 */
export class DocumentDeltaStream {
  private readonly ctx: PipelineContext;
  private readonly request: RequestRow;
  private readonly pending = new Map<DeliverableName, string>();
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(ctx: PipelineContext, request: RequestRow) {
    this.ctx = ctx;
    this.request = request;
  }

  push(document: DeliverableName, text: string): void {
    this.pending.set(document, (this.pending.get(document) ?? '') + text);
    this.timer ??= setTimeout(() => {
      this.timer = null;
      this.flush();
    }, DELTA_FLUSH_MS);
  }

  private flush(): Promise<void> {
    const batch = [...this.pending];
    this.pending.clear();
    if (batch.length === 0) return this.writing;
    this.writing = this.writing.then(async () => {
      for (const [document, text] of batch) {
        await this.ctx.repo.addEvent(this.ctx.db, {
          requestId: this.request.id,
          type: 'document-delta',
          stage: 'generating',
          version: this.request.version,
          message: text,
          data: { document },
        });
      }
      await this.ctx.events.signal(this.request.id);
    }).catch((error: unknown) => this.ctx.log.warn({ err: error, requestId: this.request.id }, 'could not store streamed document text'));
    return this.writing;
  }

  /** Writes what is left; call when the generation ends. */
  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.flush();
  }
}
