export interface SubmitResult {
  status: number;
  body: { id?: string; token?: string; error?: { code: string; message: string } } | null;
  /** Seconds, from Retry-After (429). */
  retryAfter: number | null;
}

/**
 * POSTs the multipart form with XMLHttpRequest, because fetch() cannot report upload progress.
 * `onProgress` receives 0…1 as bytes leave the browser.
 */
export function submitBrief(form: FormData, onProgress: (fraction: number) => void): Promise<SubmitResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/requests');
    xhr.responseType = 'json';
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => {
      const retry = Number.parseInt(xhr.getResponseHeader('retry-after') ?? '', 10);
      resolve({ status: xhr.status, body: xhr.response as SubmitResult['body'], retryAfter: Number.isFinite(retry) ? retry : null });
    });
    xhr.addEventListener('error', () => reject(new Error('network')));
    xhr.addEventListener('abort', () => reject(new Error('aborted')));
    xhr.send(form);
  });
}
