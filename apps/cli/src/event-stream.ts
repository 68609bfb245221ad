import { STAGES, type Stage } from '@statex/core';
import { createParser } from 'eventsource-parser';
import type { StatexClient } from './api-client.ts';
import type { RequestEvent } from './api-types.ts';
import { ApiError } from './cli-errors.ts';

/** The server sends a heartbeat comment every 15 s; this long without a byte means the stream is dead. */
const IDLE_LIMIT_MS = 45_000;

export type StreamOutcome = { done: true } | { done: false; reason: string };

/**
 * Reads `GET /api/requests/:id/events` and hands every event to `onEvent` until `isDone` says the
 * request is finished (the client closes the stream; the server keeps it open). Returns
 * `{done: false}` with a reason when the stream breaks, so the caller can poll instead.
 * API errors (401, 403, 404…) are thrown.
 */
export async function readEventStream(
  client: StatexClient,
  id: string,
  token: string,
  onEvent: (event: RequestEvent) => void,
  isDone: (event: RequestEvent) => boolean,
): Promise<StreamOutcome> {
  const controller = new AbortController();
  let idle: NodeJS.Timeout | undefined;
  const touch = () => {
    clearTimeout(idle);
    idle = setTimeout(() => controller.abort(new Error(`no data for ${IDLE_LIMIT_MS / 1000} s`)), IDLE_LIMIT_MS);
  };
  let finished = false;
  const parser = createParser({
    onEvent(message) {
      const event = parseEvent(message.event, message.data);
      if (!event || finished) return;
      onEvent(event);
      if (isDone(event)) finished = true;
    },
  });
  try {
    touch();
    const res = await client.events(id, token, controller.signal);
    if (!res.body || !(res.headers.get('content-type') ?? '').includes('text/event-stream')) {
      return { done: false, reason: 'the server did not answer with an event stream' };
    }
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return { done: false, reason: 'the server closed the stream' };
      touch();
      parser.feed(value);
      if (finished) return { done: true };
    }
  } catch (error) {
    // 4xx are answers about this request (token, id); anything else is a broken stream.
    if (error instanceof ApiError && error.status < 500) throw error;
    if (controller.signal.aborted) return { done: false, reason: describeFailure(controller.signal.reason) };
    return { done: false, reason: describeFailure(error) };
  } finally {
    clearTimeout(idle);
    // Closes the connection: the server would otherwise keep the stream open.
    if (!controller.signal.aborted) controller.abort(new Error('done'));
  }
}

function parseEvent(type: string | undefined, data: string): RequestEvent | null {
  if (type !== 'stage' && type !== 'notice') return null;
  try {
    const body = JSON.parse(data) as { stage?: unknown; version?: unknown; message?: unknown; at?: unknown };
    if (typeof body.stage !== 'string' || !(STAGES as readonly string[]).includes(body.stage)) return null;
    if (typeof body.version !== 'number') return null;
    return {
      type,
      stage: body.stage as Stage,
      version: body.version,
      message: typeof body.message === 'string' ? body.message : '',
      at: typeof body.at === 'string' ? body.at : '',
    };
  } catch {
    return null;
  }
}

function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? error.cause.message : error.message;
}
