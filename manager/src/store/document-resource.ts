import type { z } from 'zod';
import { type DocumentTableName, documentTable, type StoredDocument } from './document-table.js';
import type { Db } from './open-store.js';

/** A resource the editor API lists, creates, replaces and deletes by id. */
export interface ResourceRepository<Input, Item> {
  list(db: Db): Promise<Item[]>;
  get(db: Db, id: string): Promise<Item | undefined>;
  create(db: Db, id: string, input: Input, now: string): Promise<Item>;
  replace(db: Db, id: string, input: Input, now: string): Promise<Item | undefined>;
  remove(db: Db, id: string): Promise<boolean>;
}

/** A resource stored as JSON documents, mapped to its API shape by `toItem`. */
export function documentResource<S extends z.ZodType, Item>(
  table: DocumentTableName,
  schema: S,
  toItem: (document: StoredDocument<z.output<S>>) => Item,
): ResourceRepository<z.output<S>, Item> {
  const documents = documentTable(table, schema);
  return {
    list: async (db) => (await documents.list(db)).map(toItem),
    get: async (db, id) => {
      const document = await documents.get(db, id);
      return document && toItem(document);
    },
    create: async (db, id, input, now) => toItem(await documents.insert(db, id, input, now)),
    replace: async (db, id, input, now) => {
      const document = await documents.replace(db, id, input, now);
      return document && toItem(document);
    },
    remove: (db, id) => documents.remove(db, id),
  };
}
