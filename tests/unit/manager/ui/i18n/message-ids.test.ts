import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templates } from '../../../../../manager/ui/src/i18n/locales/en.js';

const SOURCE = join(import.meta.dirname, '../../../../../manager/ui/src');
const LOCALES = join(SOURCE, 'i18n/locales');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === LOCALES ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every `msg(…)` call with the id it names (null when it names none). */
function messageCalls(): { where: string; id: string | null }[] {
  return sourceFiles(SOURCE).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const starts = [...text.matchAll(/\bmsg\(/g)].map((match) => match.index);
    return starts.map((start, i) => {
      const call = text.slice(start, starts[i + 1] ?? text.length);
      const id = /\{\s*id:\s*'([\w.-]+)'\s*,?\s*\}/.exec(call)?.[1] ?? null;
      const line = text.slice(0, start).split('\n').length;
      return { where: `${relative(SOURCE, file)}:${line}`, id };
    });
  });
}

describe('message ids of the admin app', () => {
  const calls = messageCalls();
  const used = new Set(calls.map((call) => call.id));
  const english = new Set(Object.keys(templates));

  it('finds the calls it checks', () => {
    expect(calls.length).toBeGreaterThan(300);
  });

  it('gives every message an id', () => {
    expect(calls.filter((call) => call.id === null).map((call) => call.where)).toEqual([]);
  });

  it('has an English text for every id the app uses', () => {
    expect([...used].filter((id) => id !== null && !english.has(id))).toEqual([]);
  });

  it('has no English text that no message uses', () => {
    expect([...english].filter((id) => !used.has(id))).toEqual([]);
  });
});
