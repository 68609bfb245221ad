/** Calls made with the session cookie (accounts): writes carry the CSRF token the API hands out. */
export async function csrfToken(): Promise<string> {
  const response = await fetch('/api/auth/csrf', { credentials: 'same-origin' });
  return ((await response.json()) as { token: string }).token;
}

export async function sessionWrite(method: 'POST' | 'DELETE', url: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { 'x-csrf-token': await csrfToken() };
  if (body !== undefined) headers['content-type'] = 'application/json';
  return fetch(url, { method, credentials: 'same-origin', headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
}
