import { SessionExpiredEvent } from '../events/session-expired-event.js';
import { ApiFailure, failureFromBody } from './api-failure.js';

/**
 * Posts one file as multipart field `file`, reporting upload progress (0–1).
 * XMLHttpRequest because fetch cannot report how much of a request body was sent.
 */
export function uploadFile<T>(
  url: string,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.responseType = 'json';
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(xhr.response as T);
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
