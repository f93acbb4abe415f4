import type { Review, ReviewStatus } from '@bangtin/shared';
import { sql, type UpdateObject } from 'kysely';
import type { z } from 'zod';
import { nextSeq } from './next-seq.js';
import type { Db } from './open-store.js';
import type { Database, ReviewedDocumentRow } from './schema.js';

export type ReviewedTableName = 'slides' | 'playlists' | 'schedule_entries';

/** The draft's fields, plus its status and the version screens show (null until approved). */
export type Reviewed<Item> = Item & {
  status: ReviewStatus;
  /** The draft's number: it grows with every change, so an approval can name what it read. */
  revision: number;
  published: Item | null;
  review: Review;
};

/**
 * A resource with a draft that editors change and a published version that only an approval
 * (or an approver's own write) moves forward. Manifests read `listPublished` only.
 */
export interface ReviewedRepository<Input, Item> {
  list(db: Db): Promise<Reviewed<Item>[]>;
  get(db: Db, id: string): Promise<Reviewed<Item> | undefined>;
  /** What screens show: the published version of everything approved at least once. */
  listPublished(db: Db): Promise<Item[]>;
  /** Every draft, published or not: what editors' references may name. */
  listDrafts(db: Db): Promise<Item[]>;
  /** Stores a new draft; with `publish` it is published at once (`by` null: the system). */
  create(db: Db, id: string, input: Input, now: string, publish?: Publish): Promise<Item>;
  /** Replaces the draft; with `publish` publishes it too, else the status becomes draft. */
  replace(
    db: Db,
    id: string,
    input: Input,
    now: string,
    publish?: Publish,
  ): Promise<Reviewed<Item> | undefined>;
  submit(db: Db, id: string, by: string, now: string): Promise<void>;
  /** Publishes the draft as it stands. */
  approve(db: Db, id: string, by: string, now: string): Promise<void>;
  returnToEditor(db: Db, id: string, by: string, now: string, comment: string): Promise<void>;
  remove(db: Db, id: string): Promise<boolean>;
}

/** Who publishes a write directly: an approver's id, or null for the system (first-run demo). */
export interface Publish {
  by: string | null;
}

type Row = Omit<ReviewedDocumentRow, 'status' | 'revision'> & { status: string; revision: number };

/** A reviewed resource stored as JSON documents, mapped to its API shape by `toItem`. */
export function reviewedResource<S extends z.ZodType, Item>(
  table: ReviewedTableName,
  schema: S,
  toItem: (document: { id: string; createdAt: string; value: z.output<S> }) => Item,
): ReviewedRepository<z.output<S>, Item> {
  const item = (row: Row, body: string) =>
    toItem({ id: row.id, createdAt: row.created_at, value: schema.parse(JSON.parse(body)) });
  const toReviewed = (row: Row): Reviewed<Item> => ({
    ...item(row, row.body),
    status: row.status as ReviewStatus,
    revision: row.revision,
    published: row.published_body === null ? null : item(row, row.published_body),
    review: {
      submittedBy: row.submitted_by,
      submittedAt: row.submitted_at,
      reviewedBy: row.reviewed_by,
      reviewedAt: row.reviewed_at,
      comment: row.review_comment,
    },
  });
  const rows = (db: Db) =>
    db.selectFrom(table).selectAll().orderBy('seq').execute() as Promise<Row[]>;
  const get = async (db: Db, id: string) => {
    const row = (await db.selectFrom(table).selectAll().where('id', '=', id).executeTakeFirst()) as
      | Row
      | undefined;
    return row && toReviewed(row);
  };
  const published = (by: string | null, now: string) => ({
    status: 'published',
    reviewed_by: by,
    reviewed_at: now,
    review_comment: null,
  });
  const update = (db: Db, id: string, values: UpdateObject<Database, ReviewedTableName>) =>
    db.updateTable(table).set(values).where('id', '=', id).execute();

  return {
    list: async (db) => (await rows(db)).map(toReviewed),
    get,
    listPublished: async (db) =>
      (await rows(db)).flatMap((row) =>
        row.published_body === null ? [] : [item(row, row.published_body)],
      ),
    listDrafts: async (db) => (await rows(db)).map((row) => item(row, row.body)),
    async create(db, id, input, now, publish) {
      const body = JSON.stringify(input);
      await db
        .insertInto(table)
        .values({
          id,
          seq: await nextSeq(db, table),
          body,
          created_at: now,
          updated_at: now,
          published_body: publish ? body : null,
          submitted_by: null,
          submitted_at: null,
          ...(publish
            ? published(publish.by, now)
            : { status: 'draft', reviewed_by: null, reviewed_at: null, review_comment: null }),
        })
        .execute();
      return toItem({ id, createdAt: now, value: input });
    },
    async replace(db, id, input, now, publish) {
      const body = JSON.stringify(input);
      await update(db, id, {
        body,
        updated_at: now,
        revision: sql<number>`revision + 1`,
        ...(publish
          ? { published_body: body, ...published(publish.by, now) }
          : { status: 'draft' }),
      });
      return get(db, id);
    },
    async submit(db, id, by, now) {
      await update(db, id, { status: 'pending', submitted_by: by, submitted_at: now });
    },
    async approve(db, id, by, now) {
      await db
        .updateTable(table)
        .set((eb) => ({ published_body: eb.ref('body'), ...published(by, now) }))
        .where('id', '=', id)
        .execute();
    },
    async returnToEditor(db, id, by, now, comment) {
      await update(db, id, {
        status: 'draft',
        reviewed_by: by,
        reviewed_at: now,
        review_comment: comment,
      });
    },
    async remove(db, id) {
      const result = await db.deleteFrom(table).where('id', '=', id).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}
