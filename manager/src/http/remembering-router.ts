import type { Result, Router } from 'hono/router';
import { TrieRouter } from 'hono/router/trie-router';

/** A bound on remembered paths; past it the memory starts over (ids in paths keep it moving). */
const MAX_PATHS = 2_000;

/**
 * Hono's trie router, remembering its answer per method and path. Hono's faster RegExpRouter
 * refuses our routes (`/api/screens/pair` beside `/api/screens/:id/commands`), and the trie walks
 * every middleware's wildcard on every request: a few microseconds that the screens' requests,
 * always to the same few paths, need not pay again. Routes are all added before the first match
 * (Hono builds its router then), and a match's result is only read, so it can be shared.
 */
export class RememberingRouter<T> implements Router<T> {
  readonly name = 'RememberingRouter';
  #trie = new TrieRouter<T>();
  #answers = new Map<string, Result<T>>();

  add(method: string, path: string, handler: T): void {
    this.#answers.clear();
    this.#trie.add(method, path, handler);
  }

  match(method: string, path: string): Result<T> {
    const key = `${method} ${path}`;
    let answer = this.#answers.get(key);
    if (!answer) {
      answer = this.#trie.match(method, path);
      if (this.#answers.size >= MAX_PATHS) this.#answers.clear();
      this.#answers.set(key, answer);
    }
    return answer;
  }
}
