import { randomUUID } from 'node:crypto';
import { IdSchema } from '@bangtin/shared';
import { z } from 'zod';
import type { Role } from '../../../auth/roles.js';
import { ApiError, type FieldIssue, invalidInput, notFound } from '../../../errors.js';
import type { OwnedTable } from '../../../store/content-owners.js';
import type { ResourceRepository } from '../../../store/document-resource.js';
import type { ContentSnapshot } from '../../../store/load-content.js';
import type { Db } from '../../../store/open-store.js';
import type { User } from '../../../store/users.js';
import { addRoute, errorResponse } from '../../add-route.js';
import type { ApiRouter } from '../../app-env.js';
import type { ApiDeps } from '../../deps.js';
import { editorWrite, type WriteContext } from './editor-write.js';
import {
  OwnerFieldSchema,
  OwnerInputSchema,
  ownershipGuard,
  splitOwner,
} from './ownership-guard.js';
import type { Referrer } from './references.js';

export const IdParamsSchema = z.object({ id: IdSchema });

export interface CrudSpec<S extends z.ZodType, Item extends { id: string }> {
  /** Path segment and audit resource name: `hotlines`. */
  resource: string;
  /** For messages: `Hotline`. */
  noun: string;
  input: S;
  item: z.ZodType;
  repository: ResourceRepository<z.output<S>, Item>;
  /** Who may create, replace and delete (everyone signed in reads). Writes publish at once. */
  writeRole: Role;
  /** Unknown ids the input names, as field issues. */
  check(input: z.output<S>, content: ContentSnapshot): FieldIssue[];
  /** What still names the item; deleting it is refused while there is any. */
  referrers(id: string, content: ContentSnapshot): Referrer[];
  /** Referrers outside the content (accounts tied to a group). */
  usedBy?(db: WriteContext['trx'], id: string): Promise<Referrer[]>;
  /** Whether the user may see the item at all (screen groups); others answer 404. */
  visible?(user: User, item: Item): boolean;
  /** Content a screen group can own: scoped users read and change by owner (see content-ownership). */
  owned?: OwnedTable;
}

/**
 * List, create, read, replace and delete for a resource without review: what the write role
 * stores is what screens get.
 */
export function addCrudRoutes<S extends z.ZodType, Item extends { id: string }>(
  router: ApiRouter,
  deps: ApiDeps,
  spec: CrudSpec<S, Item>,
): void {
  const { resource, noun, repository } = spec;
  const tags = [resource];
  const base = `/${resource}`;
  const one = `${base}/{id}`;
  const published = ' Stored and published at once.';
  const { owned } = spec;
  const body = (owned ? z.intersection(spec.input, OwnerInputSchema) : spec.input) as z.ZodType<
    z.output<S> & z.output<typeof OwnerInputSchema>
  >;
  const itemSchema = owned ? z.intersection(spec.item, OwnerFieldSchema) : spec.item;
  /** The user's view of the resource: what they may see, and the ownership checks. */
  const accessFor = async (user: User, db: Db) => {
    const guard = owned ? await ownershipGuard(db, user, owned) : undefined;
    return {
      guard,
      visible: (item: Item) =>
        (spec.visible?.(user, item) ?? true) && (guard?.canRead(item.id) ?? true),
      shown: (item: Item) => (guard ? { ...item, ownerGroupId: guard.ownerOf(item.id) } : item),
    };
  };

  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: base,
      summary: `List ${resource}`,
      tags,
      auth: 'viewer',
      responses: {
        200: { description: `All ${resource}`, schema: z.object({ items: z.array(itemSchema) }) },
      },
    },
    async (c) => {
      const access = await accessFor(c.get('user'), deps.store.db);
      const items = await repository.list(deps.store.db);
      return c.json({ items: items.filter(access.visible).map(access.shown) }, 200);
    },
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'post',
      path: base,
      summary: `Create a ${noun.toLowerCase()}`,
      description: published,
      tags,
      auth: spec.writeRole,
      body,
      responses: {
        201: { description: `The created ${noun.toLowerCase()}`, schema: itemSchema },
        403: errorResponse(403),
      },
    },
    async (c, { body }) => {
      const user = c.get('user');
      const { input, requestedOwner } = splitOwner<z.output<S>>(body);
      const item = await editorWrite(deps, user.id, async (w) => {
        const access = await accessFor(user, w.trx);
        const owner = access.guard?.ownerToStore(requestedOwner);
        const issues = publishedIssues(spec.check, input, w);
        if (issues.length > 0) throw invalidInput(issues);
        const stored = await repository.create(w.trx, randomUUID(), input, w.now);
        if (owner) await access.guard?.setOwner(w.trx, stored.id, owner);
        const created = owned ? { ...stored, ownerGroupId: owner ?? null } : stored;
        await w.audit({
          action: 'create',
          resource,
          resourceId: created.id,
          before: null,
          after: created,
        });
        return created;
      });
      return c.json(item, 201);
    },
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: one,
      summary: `Read a ${noun.toLowerCase()}`,
      tags,
      auth: 'viewer',
      params: IdParamsSchema,
      responses: {
        200: { description: `The ${noun.toLowerCase()}`, schema: itemSchema },
        404: errorResponse(404),
      },
    },
    async (c, { params }) => {
      const access = await accessFor(c.get('user'), deps.store.db);
      const item = await repository.get(deps.store.db, params.id);
      if (!item || !access.visible(item)) throw notFound(noun);
      return c.json(access.shown(item), 200);
    },
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'put',
      path: one,
      summary: `Replace a ${noun.toLowerCase()}`,
      description: published,
      tags,
      auth: spec.writeRole,
      params: IdParamsSchema,
      body,
      responses: {
        200: { description: `The replaced ${noun.toLowerCase()}`, schema: itemSchema },
        403: errorResponse(403),
        404: errorResponse(404),
      },
    },
    async (c, { params, body }) => {
      const user = c.get('user');
      const { input, requestedOwner } = splitOwner<z.output<S>>(body);
      const item = await editorWrite(deps, user.id, async (w) => {
        const access = await accessFor(user, w.trx);
        const stored = await repository.get(w.trx, params.id);
        if (!stored || !access.visible(stored)) throw notFound(noun);
        access.guard?.checkChange(params.id, w);
        const owner = access.guard?.ownerToStore(requestedOwner, access.guard.ownerOf(params.id));
        const issues = publishedIssues(spec.check, input, w);
        if (issues.length > 0) throw invalidInput(issues);
        const replaced = await repository.replace(w.trx, params.id, input, w.now);
        if (!replaced) throw notFound(noun);
        if (owner !== undefined) await access.guard?.setOwner(w.trx, params.id, owner);
        const before = access.shown(stored);
        const after = owned ? { ...replaced, ownerGroupId: owner ?? null } : replaced;
        await w.audit({ action: 'update', resource, resourceId: params.id, before, after });
        return after;
      });
      return c.json(item, 200);
    },
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'delete',
      path: one,
      summary: `Delete a ${noun.toLowerCase()}`,
      tags,
      auth: spec.writeRole,
      params: IdParamsSchema,
      responses: {
        204: { description: 'Deleted' },
        403: errorResponse(403),
        404: errorResponse(404),
        409: errorResponse(409),
      },
    },
    async (c, { params }) => {
      const user = c.get('user');
      await editorWrite(deps, user.id, async (w) => {
        const access = await accessFor(user, w.trx);
        const stored = await repository.get(w.trx, params.id);
        if (!stored || !access.visible(stored)) throw notFound(noun);
        access.guard?.checkChange(params.id, w);
        const before = access.shown(stored);
        const referrers = uniqueReferrers([
          ...spec.referrers(params.id, w.content),
          ...spec.referrers(params.id, w.drafts),
          ...((await spec.usedBy?.(w.trx, params.id)) ?? []),
        ]);
        if (referrers.length > 0) {
          throw new ApiError(409, 'conflict', `${noun} is still in use`, referrers);
        }
        await repository.remove(w.trx, params.id);
        await w.audit({ action: 'delete', resource, resourceId: params.id, before, after: null });
      });
      return c.body(null, 204);
    },
  );
}

/**
 * The references of something about to be published: each must name a thing that exists
 * (`unknown …`) and is itself published (`not published yet`).
 */
export function publishedIssues<T>(
  check: (input: T, content: ContentSnapshot) => FieldIssue[],
  input: T,
  w: Pick<WriteContext, 'content' | 'drafts'>,
): FieldIssue[] {
  const unknown = check(input, w.drafts);
  if (unknown.length > 0) return unknown;
  return check(input, w.content).map(({ path }) => ({ path, message: 'not published yet' }));
}

/** Referrers found in both the published and the draft content, once each. */
export function uniqueReferrers(referrers: Referrer[]): Referrer[] {
  const seen = new Set<string>();
  return referrers.filter((r) => {
    const key = `${r.resource}/${r.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
