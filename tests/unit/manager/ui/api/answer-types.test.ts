import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uncheckedCasts } from '../../../../helpers/answer-casts.js';

const ROOT = join(import.meta.dirname, '../../../../..');
const UI = join(ROOT, 'manager/ui/src');

/**
 * Types an admin module may still declare by hand: what the app sends or keeps for itself, never
 * what the manager answers (those are inferred from the schemas in shared/).
 */
const NOT_ANSWERS = new Set([
  'AuditFilterDraft', // the audit page's filter (a query)
  'DayRange', // the dashboard's chart range (a query)
  'ImportOptions', // how a procedure file is to be read (a query)
  'Method', // the HTTP verbs the client sends
  'NoticeRevisions', // what an urgent-notice approval sends
  'ReportDraft', // the reports page's form (a query)
  'ScreenCommandName', // derived from the shared DeviceCommand
  'SessionUser', // an alias of the shared Account
  'PlaysPoint', // derived from the shared PlaySeries
  'ScreenUptime', // derived from the shared UptimeReport
]);

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });

const declared = (text: string) =>
  [...text.matchAll(/^(?:export )?(?:interface|type) (\w+)/gm)].map((match) => match[1] ?? '');

describe('the admin app API modules', () => {
  it('declare no type for an answer: answers are inferred from the shared schemas', () => {
    const found = sources(join(UI, 'api')).flatMap((file) =>
      declared(readFileSync(file, 'utf8'))
        .filter((name) => !NOT_ANSWERS.has(name))
        .map((name) => `${relative(ROOT, file)}: ${name}`),
    );
    expect(found).toEqual([]);
  });

  it('pass a schema to every call that reads an answer, never a type argument', () => {
    const typed = sources(UI).flatMap((file) =>
      [
        ...readFileSync(file, 'utf8').matchAll(
          /(?<!function )\b(?:api\.\w+|listItems|saveItem|uploadFile)</g,
        ),
      ].map((match) => `${relative(ROOT, file)}: ${match[0]}`),
    );
    expect(typed).toEqual([]);
  });

  // One program for both checks: building it (the DOM's, zod's and Lit's types) takes seconds.
  it('cast no answer: no `as` on what a call returned or on data of unknown shape', () => {
    const fixture = join(ROOT, 'tests/fixtures/answer-casts.ts');
    const found = uncheckedCasts([...sources(UI), fixture]);
    const refused = readFileSync(fixture, 'utf8')
      .split('\n')
      .flatMap((line, index) => (line.includes('// refused') ? [index + 1] : []));
    expect(refused).toHaveLength(5);
    expect(found.filter((cast) => cast.file === fixture).map((cast) => cast.line)).toEqual(refused);
    expect(
      found
        .filter((cast) => cast.file !== fixture)
        .map((cast) => `${relative(ROOT, cast.file)}:${cast.line}: ${cast.text}`),
    ).toEqual([]);
  }, 180_000);
});
