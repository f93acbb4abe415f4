/**
 * The body of one `text/event-stream` answer: chunks sent while the connection is still writing
 * the previous ones go out together as one, when it asks for more. A plain readable stream the
 * server reads straight from: Hono's streaming helper passes every chunk through a writer and a
 * transform stream as well, which cost a publish to thousands of open streams more than building
 * their manifests did, and a few dozen kilobytes per open stream.
 */
export class EventStreamBody {
  readonly readable: ReadableStream<Uint8Array>;
  #controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  #pending: Uint8Array[] = [];
  /** Resolves the server's read waiting for a chunk, if one is. */
  #wake: (() => void) | undefined;
  #ended = false;

  /** `onEnd` runs once, when the stream is closed here or the client goes away. */
  constructor(private readonly onEnd: () => void) {
    this.readable = new ReadableStream<Uint8Array>(
      {
        start: (controller) => {
          this.#controller = controller;
        },
        pull: () => {
          if (this.#pending.length > 0) return this.#flush();
          return new Promise<void>((resolve) => {
            this.#wake = resolve;
          });
        },
        cancel: () => this.#end(),
      },
      // Nothing is queued ahead of the server's read: what comes meanwhile waits to be joined.
      { highWaterMark: 0 },
    );
  }

  send(chunk: Uint8Array): void {
    if (this.#ended) return;
    this.#pending.push(chunk);
    const wake = this.#wake;
    if (!wake) return;
    this.#wake = undefined;
    this.#flush();
    wake();
  }

  /** Sends what is pending and ends the answer. */
  close(): void {
    if (this.#ended) return;
    if (this.#pending.length > 0) this.#flush();
    this.#controller?.close();
    this.#wake?.();
    this.#end();
  }

  #flush(): void {
    const chunks = this.#pending;
    this.#pending = [];
    this.#controller?.enqueue(
      chunks.length === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks),
    );
  }

  #end(): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#pending = [];
    this.onEnd();
  }
}
