import { randomUUID } from 'node:crypto';
import { HolidayImportResultSchema as ImportResultSchema } from '@bangtin/shared';
import { z } from 'zod';
import { ApiError } from '../../../errors.js';
import type { ImportedCalendar } from '../../../holidays/imported-holidays.js';
import { parseHolidayCsv } from '../../../holidays/parse-holiday-csv.js';
import { parseIcs } from '../../../holidays/parse-ics.js';
import { holidaysRepository } from '../../../store/holidays.js';
import { addRoute } from '../../add-route.js';
import type { ApiRouter } from '../../app-env.js';
import type { ApiDeps } from '../../deps.js';
import { editorWrite } from '../resources/editor-write.js';

/** A holiday file is a few kilobytes; a megabyte is far beyond any real one. */
const MAX_FILE_CHARACTERS = 1_000_000;

const ImportSchema = z.object({
  format: z.enum(['ics', 'csv']),
  /** The file's text (UTF-8). */
  content: z.string().max(MAX_FILE_CHARACTERS),
});

const PARSERS: Record<z.infer<typeof ImportSchema>['format'], (text: string) => ImportedCalendar> =
  { ics: parseIcs, csv: parseHolidayCsv };

/** Adds the days of an iCalendar or CSV file to the calendar; nothing is removed. */
export function addHolidayImportRoute(router: ApiRouter, deps: ApiDeps): void {
  addRoute(
    router,
    deps.guards,
    {
      method: 'post',
      path: '/holidays/import',
      summary: 'Import holidays from an iCalendar (.ics) or CSV file',
      description:
        '`ics`: every all-day VEVENT (DTSTART;VALUE=DATE, up to DTEND or for DURATION days), ' +
        'named by its SUMMARY. `csv`: a date per row (YYYY-MM-DD or DD/MM/YYYY) and an optional ' +
        'name. A date already in the calendar takes the imported name. A file with any line ' +
        'that cannot be read is refused whole, with the lines in `details`.',
      tags: ['holidays'],
      auth: 'approver',
      body: ImportSchema,
      responses: {
        200: {
          description: 'What the import changed, and the calendar after it',
          schema: ImportResultSchema,
        },
      },
    },
    async (c, { body }) => {
      const { holidays, errors } = PARSERS[body.format](body.content);
      if (errors.length > 0) {
        throw new ApiError(400, 'invalid_input', 'The file has lines that cannot be read', errors);
      }
      if (holidays.length === 0) {
        throw new ApiError(400, 'invalid_input', 'The file holds no all-day events', []);
      }
      const result = await editorWrite(deps, c.get('user').id, async (w) => {
        const before = (await holidaysRepository.list(w.trx)).length;
        const counts = { added: 0, renamed: 0, unchanged: 0 };
        const seen = new Set<string>();
        for (const { date, name } of holidays) {
          // A date listed twice in one file keeps its first name.
          if (seen.has(date)) continue;
          seen.add(date);
          const existing = await holidaysRepository.findByDate(w.trx, date);
          if (!existing) {
            await holidaysRepository.create(w.trx, randomUUID(), { date, name }, w.now);
            counts.added++;
          } else if (existing.name !== name) {
            await holidaysRepository.replace(w.trx, existing.id, { date, name }, w.now);
            counts.renamed++;
          } else {
            counts.unchanged++;
          }
        }
        await w.audit({
          action: 'import',
          resource: 'holidays',
          resourceId: '*',
          before: { count: before },
          after: counts,
        });
        return { ...counts, items: await holidaysRepository.list(w.trx) };
      });
      return c.json(result, 200);
    },
  );
}
