import type { z } from 'zod';
import { SessionExpiredEvent } from '../events/session-expired-event.js';
import { ApiFailure, failureFromBody, invalidAnswer } from './api-failure.js';

/**
 * Posts one file as multipart field `file`, reporting upload progress (0–1).
 * XMLHttpRequest because fetch cannot report how much of a request body was sent.
 */
export function uploadFile<S extends z.ZodType>(
  url: string,
  file: File,
  schema: S,
  onProgress: (fraction: number) => void,
): Promise<z.output<S>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.responseType = 'json';
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        const parsed = schema.safeParse(xhr.response);
        if (!parsed.success) {
          reject(invalidAnswer(xhr.status, url, parsed.error.issues));
          return;
        }
        onProgress(1);
        resolve(parsed.data);
        return;
      }
      if (xhr.status === 401) window.dispatchEvent(new SessionExpiredEvent());
      reject(failureFromBody(xhr.status, xhr.response));
    });
    xhr.addEventListener('error', () => reject(new ApiFailure(0, 'network', 'network error')));
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}
