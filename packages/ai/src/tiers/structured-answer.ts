import type { ChatAnswer, ChatMessage, ChatModel, StructuredRequest } from './chat-model.ts';
import { ProviderError } from './provider-error.ts';

export interface AnswerUsage {
  tokensIn: number;
  tokensOut: number;
  /** Calls that reached the model (the cache answers without one). */
  calls: number;
}

/**
 * Asks for a JSON answer and checks it; an answer that is not JSON or breaks the rules gets one
 * repair round that quotes the problems; a second bad answer is a ProviderError ('invalid-answer'),
 * which sends the document to the next tier (and is not a breaker failure: the server is up).
 */
export async function askStructured<T>(
  call: (request: StructuredRequest) => Promise<ChatAnswer>,
  request: StructuredRequest,
  check: (value: unknown) => string[],
  tier: string,
  usage: AnswerUsage,
): Promise<T> {
  let messages: ChatMessage[] = request.messages;
  for (let round = 0; round < 2; round += 1) {
    const answer = await call({ ...request, messages });
    usage.tokensIn += answer.tokensIn;
    usage.tokensOut += answer.tokensOut;
    let value: unknown;
    let problems: string[];
    try {
      value = JSON.parse(answer.text);
      problems = check(value);
    } catch (error) {
      problems = [`the answer is not valid JSON (${(error as Error).message})`];
    }
    if (problems.length === 0) return value as T;
    if (round === 1) throw new ProviderError(tier, 'invalid-answer', `invalid ${request.schemaName} after a repair round: ${problems.slice(0, 5).join('; ')}`);
    messages = [
      ...request.messages,
      { role: 'assistant', content: answer.text.slice(0, 20_000) },
      {
        role: 'user',
        content: `Your answer does not validate against the ${request.schemaName} schema. Problems:\n${problems.slice(0, 30).map((p) => `- ${p}`).join('\n')}\nAnswer again with the complete corrected JSON only.`,
      },
    ];
  }
  throw new Error('unreachable');
}

export type { ChatModel };
