/** The visitor's home-page variant, from the cookie the server set when it chose one. */
export const AB_COOKIE = 'statex_ab_home';

export function currentVariant(): string | null {
  const match = document.cookie.match(new RegExp(`(?:^|; )${AB_COOKIE}=([a-z])`));
  return match?.[1] ?? null;
}

/** Records an exposure or a conversion; the server reads the variant and visitor from cookies. */
export function sendAbEvent(kind: 'exposure' | 'conversion'): void {
  if (!currentVariant()) return;
  const body = JSON.stringify({ experiment: 'home', kind });
  if (!navigator.sendBeacon?.('/api/ab/events', new Blob([body], { type: 'application/json' }))) {
    void fetch('/api/ab/events', { method: 'POST', headers: { 'content-type': 'application/json' }, body, keepalive: true }).catch(() => undefined);
  }
}
