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
      AZURE_OPENAI_REGION: 'swedencentral',
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

describe('data residency per endpoint', () => {
  const azure = { AZURE_OPENAI_ENDPOINT: 'https://statex.openai.azure.com', AZURE_OPENAI_API_KEY: 'k', AZURE_OPENAI_DEPLOYMENT: 'gpt-4o' };
  const problemsOf = (env: Record<string, string>): string[] => {
    try {
      loadConfig(env);
      return [];
    } catch (error) {
      if (error instanceof ConfigError) return error.problems;
      throw error;
    }
  };

  it('Azure: the region decides; EU member states are EU, the UK, Switzerland, Norway and the US are not; names as the portal writes them are accepted', () => {
    for (const region of ['swedencentral', 'westeurope', 'germanywestcentral', 'France Central', 'italy-north', 'polandcentral']) {
      expect(loadConfig({ ...azure, AZURE_OPENAI_REGION: region }).ai.azure?.residency, region).toBe('eu');
    }
    for (const region of ['uksouth', 'switzerlandnorth', 'norwayeast', 'eastus', 'uaenorth']) {
      expect(loadConfig({ ...azure, AZURE_OPENAI_REGION: region }).ai.azure?.residency, region).toBe('non-eu');
    }
    expect(loadConfig({ ...azure, AZURE_OPENAI_REGION: 'Sweden Central' }).ai.azure?.region).toBe('swedencentral');
  });

  it('Azure: an unknown region and a missing region are refused, naming the variable', () => {
    expect(problemsOf({ ...azure, AZURE_OPENAI_REGION: 'europe' })).toEqual([expect.stringMatching(/^AZURE_OPENAI_REGION: "europe" is not an Azure region name/)]);
    expect(problemsOf(azure)).toEqual([expect.stringContaining('AZURE_OPENAI_REGION')]);
  });

  it('Ollama and the self-hosted transcription server are non-EU unless declared; a bad value names the variable', () => {
    expect(loadConfig({ OLLAMA_HOST: 'http://127.0.0.1:11434' }).ai.ollama?.residency).toBe('non-eu');
    expect(loadConfig({ OLLAMA_HOST: 'http://127.0.0.1:11434', OLLAMA_RESIDENCY: 'eu' }).ai.ollama?.residency).toBe('eu');
    expect(loadConfig({ TRANSCRIBE_BASE_URL: 'http://127.0.0.1:9000/v1' }).ai.transcribe?.residency).toBe('non-eu');
    expect(loadConfig({ TRANSCRIBE_BASE_URL: 'http://127.0.0.1:9000/v1', TRANSCRIBE_RESIDENCY: 'eu' }).ai.transcribe?.residency).toBe('eu');
    expect(problemsOf({ OLLAMA_HOST: 'http://127.0.0.1:11434', OLLAMA_RESIDENCY: 'germany' }).join('\n')).toMatch(/^OLLAMA_RESIDENCY: .*"germany"/m);
  });

  it('OpenAI: non-EU by default; EU data residency uses the EU endpoint and refuses the global one', () => {
    expect(loadConfig({ OPENAI_API_KEY: 'sk' }).ai.openai).toMatchObject({ residency: 'non-eu', baseUrl: 'https://api.openai.com/v1' });
    expect(loadConfig({ OPENAI_API_KEY: 'sk', OPENAI_DATA_RESIDENCY: 'eu' }).ai.openai).toMatchObject({ residency: 'eu', baseUrl: 'https://eu.api.openai.com/v1' });
    // A compatible server the operator runs in the EU.
    expect(loadConfig({ OPENAI_API_KEY: 'sk', OPENAI_DATA_RESIDENCY: 'eu', OPENAI_BASE_URL: 'http://10.0.0.5:8000/v1' }).ai.openai).toMatchObject({ residency: 'eu', baseUrl: 'http://10.0.0.5:8000/v1' });
    expect(problemsOf({ OPENAI_API_KEY: 'sk', OPENAI_DATA_RESIDENCY: 'eu', OPENAI_BASE_URL: 'https://api.openai.com/v1' })).toEqual([expect.stringMatching(/^OPENAI_DATA_RESIDENCY: eu needs OpenAI's EU endpoint/)]);
  });
});
