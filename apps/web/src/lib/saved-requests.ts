/** Requests sent from this browser, so “Your requests” can list them without an account. */
export interface SavedRequest {
  id: string;
  token: string;
  sentAt: string;
  brief: string;
}

const KEY = 'statex.requests';

export function loadSavedRequests(): SavedRequest[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as SavedRequest[]) : [];
  } catch {
    return [];
  }
}

export function saveRequest(request: SavedRequest): void {
  const others = loadSavedRequests().filter((saved) => saved.id !== request.id);
  localStorage.setItem(KEY, JSON.stringify([request, ...others].slice(0, 50)));
}

/** The token travels in the fragment: it never reaches a server log or a Referer header. */
export const statusHref = (locale: string, id: string, token: string): string => `/${locale}/status?id=${encodeURIComponent(id)}#token=${encodeURIComponent(token)}`;
