import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './load-config.ts';

describe('AI settings', () => {
  it('has only the offline tier when nothing is set', () => {
    const { ai } = loadConfig({});
    expect(ai.tierOrder).toEqual(['offline']);
    expect(ai.ollama).toBeNull();
    expect(ai.openai).toBeNull();
    expect(ai.azure).toBeNull();
    expect(ai.transcribe).toBeNull();
    expect(ai.prices['gpt-4o-mini']).toEqual({ inputPerMTok: 0.15, outputPerMTok: 0.6 });
  });

  it('puts configured tiers in AI_TIER_ORDER and reads prices and budgets', () => {
    const { ai } = loadConfig({
      OLLAMA_HOST: 'http://127.0.0.1:11434',
      OPENAI_API_KEY: 'sk-test',
      AZURE_OPENAI_ENDPOINT: 'https://eu.example',
      AZURE_OPENAI_API_KEY: 'k',
      AZURE_OPENAI_DEPLOYMENT: 'gpt4o-eu',
      AI_TIER_ORDER: 'azure, openai, ollama',
      AI_PRICES: 'gpt4o-eu=2/8',
      AI_DAILY_BUDGETS: 'openai=5, azure=12.5',
      AI_RETRY_BASE: '10ms',
    });
    expect(ai.tierOrder).toEqual(['azure', 'openai', 'ollama', 'offline']);
    expect(ai.azure).toMatchObject({ deployment: 'gpt4o-eu', apiVersion: '2024-10-21' });
    expect(ai.prices).toEqual({ 'gpt4o-eu': { inputPerMTok: 2, outputPerMTok: 8 } });
    expect(ai.dailyBudgetUsd).toEqual({ openai: 5, azure: 12.5 });
    expect(ai.retryBaseMs).toBe(10);
  });

  it('refuses an unknown tier and a half-configured Azure tier', () => {
    expect(() => loadConfig({ AI_TIER_ORDER: 'ollama,gemini' })).toThrow(/AI_TIER_ORDER: unknown tier "gemini"/);
    expect(() => loadConfig({ AZURE_OPENAI_ENDPOINT: 'https://eu.example' })).toThrow(ConfigError);
  });
});
