// The two promises IndexedDB needs, in place of a wrapper library the TV box would download.

/** The result of a request. */
export function settled<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * Resolves once the transaction commits, rejects when it fails. Taken as the transaction starts,
 * so that a failure is never unhandled; awaiting it later still throws.
 */
export function committed(transaction: IDBTransaction): Promise<void> {
  const done = new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () =>
      reject(transaction.error ?? new DOMException('aborted', 'AbortError'));
  });
  done.catch(() => undefined);
  return done;
}
