import type { TierName } from '@statex/config';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface StructuredRequest {
  messages: ChatMessage[];
  /** Name of the JSON Schema (OpenAI's `json_schema.name`). */
  schemaName: string;
  schema: Record<string, unknown>;
  /** OpenAI structured outputs in strict mode (the schema must be strict-compatible). */
  strict: boolean;
}

export interface ChatAnswer {
  text: string;
  tokensIn: number;
  tokensOut: number;
}

/** One model behind one API: sends a structured-output chat request, streams the answer's text. */
export interface ChatModel {
  readonly tier: TierName;
  readonly model: string;
  complete(request: StructuredRequest, signal: AbortSignal, onDelta?: (text: string) => void): Promise<ChatAnswer>;
}
