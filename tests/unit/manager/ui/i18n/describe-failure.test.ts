import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../../../manager/ui/src/api/api-failure.js';
import { describeFailure } from '../../../../../manager/ui/src/i18n/describe-failure.js';
import { describeImportFailure } from '../../../../../manager/ui/src/i18n/describe-import.js';

const refused = (status: number, details: unknown) =>
  new ApiFailure(status, 'refused', 'refused', details);

describe('what the admin app reads from a failure’s details', () => {
  it('names the legacy font a 415 reports, and only a font the manager can report', () => {
    const vni = describeImportFailure(refused(415, { reason: 'legacy_font', font: 'vni' }));
    const tcvn3 = describeImportFailure(refused(415, { reason: 'legacy_font', font: 'tcvn3' }));
    const other = describeImportFailure(refused(415, { reason: 'legacy_font', font: 'bk' }));
    expect(vni).toContain('VNI');
    expect(tcvn3).toContain('TCVN3 (ABC)');
    expect(other).not.toContain('TCVN3');
    expect(other).toBe(describeImportFailure(refused(415, { reason: 'not_a_table' })));
  });

  it('names what a 409 says still uses the item, by the first naming field each has', () => {
    const text = describeFailure(
      refused(409, [
        { resource: 'slides', id: 's1', name: 'Lịch tiếp dân' },
        { id: 'p2', title: 'Buổi sáng' },
        { id: 'x3' },
        'cài đặt',
        42,
      ]),
    );
    expect(text).toContain('Lịch tiếp dân, Buổi sáng, x3, cài đặt.');
  });

  it('keeps only the field problems that have the shared shape', () => {
    const failure = refused(400, [
      { path: 'name', message: 'Required' },
      { path: 'rrule', message: 'bad', rule: { code: 'empty', part: 'RRULE' } },
      { path: 3, message: 'not a path' },
      'text',
    ]);
    expect(failure.fieldProblems.map((problem) => problem.path)).toEqual(['name', 'rrule']);
  });
});
