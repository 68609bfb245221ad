export interface ProbeResult {
  ok: boolean;
  status: number | null;
  error?: string;
}

/** One HTTP GET with a hard deadline: 2xx is ok; anything else, a refused connection or the deadline is not. */
export async function probe(url: string, timeoutMs: number): Promise<ProbeResult> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await res.arrayBuffer();
    return res.ok ? { ok: true, status: res.status } : { ok: false, status: res.status, error: `HTTP ${res.status}` };
  } catch (error) {
    const e = error as Error & { cause?: { code?: string } };
    return { ok: false, status: null, error: e.name === 'TimeoutError' || e.name === 'AbortError' ? `no answer within ${timeoutMs} ms` : (e.cause?.code ?? e.message) };
  }
}
