/** One dispatched Server-Sent Event. */
export interface SseMessage {
  event: string;
  data: string;
  id: string;
}

/**
 * Incremental `text/event-stream` parser following the WHATWG rules: CR, LF or CRLF line ends
 * (even split across chunks), comments, multi-line data, `id` persisting across events.
 * https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation
 */
export class SseParser {
  #buffer = '';
  #skipLeadingLf = false;
  #event = '';
  #data: string[] = [];
  #lastEventId = '';
  #retryMs: number | null = null;

  get lastEventId(): string {
    return this.#lastEventId;
  }

  /** The reconnection delay the server asked for, if any. */
  get retryMs(): number | null {
    return this.#retryMs;
  }

  push(chunk: string): SseMessage[] {
    let text = this.#buffer + chunk;
    if (this.#skipLeadingLf && text.startsWith('\n')) text = text.slice(1);
    this.#skipLeadingLf = false;
    const messages: SseMessage[] = [];
    let start = 0;
    for (;;) {
      const cr = text.indexOf('\r', start);
      const lf = text.indexOf('\n', start);
      const end = cr === -1 ? lf : lf === -1 ? cr : Math.min(cr, lf);
      if (end === -1) break;
      const message = this.#line(text.slice(start, end));
      if (message) messages.push(message);
      // A CR ending the chunk may be the first half of a CRLF split across chunks.
      if (text[end] === '\r' && end + 1 === text.length) this.#skipLeadingLf = true;
      start = text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1;
    }
    this.#buffer = text.slice(start);
    return messages;
  }

  #line(line: string): SseMessage | null {
    if (line === '') return this.#dispatch();
    if (line.startsWith(':')) return null;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'event':
        this.#event = value;
        break;
      case 'data':
        this.#data.push(value);
        break;
      case 'id':
        if (!value.includes('\0')) this.#lastEventId = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) this.#retryMs = Number(value);
        break;
    }
    return null;
  }

  #dispatch(): SseMessage | null {
    const event = this.#event || 'message';
    const data = this.#data;
    this.#event = '';
    this.#data = [];
    if (data.length === 0) return null;
    return { event, data: data.join('\n'), id: this.#lastEventId };
  }
}
