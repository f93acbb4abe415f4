/**
 * Fault injection at the browser's edge: the next `put` or `add` succeeds, and then its
 * transaction is aborted before it commits, as when the disk fills or fails at commit time.
 */
export function failNextCommit(method: 'put' | 'add'): void {
  const original = IDBObjectStore.prototype[method];
  IDBObjectStore.prototype[method] = function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    IDBObjectStore.prototype[method] = original;
    const request = original.apply(this, args);
    request.addEventListener('success', () => this.transaction.abort());
    return request;
  };
}
