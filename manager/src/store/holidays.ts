import type { Holiday, HolidayInput } from '@bangtin/shared';
import type { Db } from './open-store.js';

type Row = { id: string; date: string; name: string };
const toHoliday = ({ id, date, name }: Row): Holiday => ({ id, date, name });

/** The organisation's holiday calendar: one row per local date, listed by date. */
export const holidaysRepository = {
  async list(db: Db): Promise<Holiday[]> {
    const rows = await db
      .selectFrom('holidays')
      .select(['id', 'date', 'name'])
      .orderBy('date')
      .execute();
    return rows.map(toHoliday);
  },
  async get(db: Db, id: string): Promise<Holiday | undefined> {
    const row = await db
      .selectFrom('holidays')
      .select(['id', 'date', 'name'])
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toHoliday(row);
  },
  async findByDate(db: Db, date: string): Promise<Holiday | undefined> {
    const row = await db
      .selectFrom('holidays')
      .select(['id', 'date', 'name'])
      .where('date', '=', date)
      .executeTakeFirst();
    return row && toHoliday(row);
  },
  async create(db: Db, id: string, input: HolidayInput, now: string): Promise<Holiday> {
    await db
      .insertInto('holidays')
      .values({ id, ...input, created_at: now, updated_at: now })
      .execute();
    return { id, ...input };
  },
  async replace(db: Db, id: string, input: HolidayInput, now: string): Promise<Holiday> {
    await db
      .updateTable('holidays')
      .set({ ...input, updated_at: now })
      .where('id', '=', id)
      .execute();
    return { id, ...input };
  },
  async remove(db: Db, id: string): Promise<boolean> {
    const result = await db.deleteFrom('holidays').where('id', '=', id).executeTakeFirst();
    return result.numDeletedRows > 0n;
  },
};
