import {
  HotlineInputSchema,
  HotlineSchema,
  ProcedureInputSchema,
  ProcedureSchema,
  type Screen,
  type ScreenGroup,
  ScreenGroupInputSchema,
  ScreenGroupSchema,
  ScreenInputSchema,
  ScreenSchema,
} from '@bangtin/shared';
import { canSeeGroup, canSeeScreen } from '../../../auth/group-scope.js';
import { contentOwners } from '../../../store/content-owners.js';
import { groupsRepository } from '../../../store/groups.js';
import { hotlinesRepository } from '../../../store/hotlines.js';
import { proceduresRepository } from '../../../store/procedures.js';
import { screensRepository } from '../../../store/screens.js';
import { usersRepository } from '../../../store/users.js';
import type { ApiRouter } from '../../app-env.js';
import type { ApiDeps } from '../../deps.js';
import { addApprovalRoutes } from './approval-routes.js';
import { addCrudRoutes } from './crud-routes.js';
import {
  checkGroup,
  checkScreen,
  nobodyRefersTo,
  noReferences,
  referrersOfGroup,
  referrersOfHotline,
  referrersOfScreen,
} from './references.js';
import { addReviewedCrudRoutes } from './reviewed-crud-routes.js';
import { REVIEWED_SPECS } from './reviewed-specs.js';

/**
 * The editor's resources that share the list/create/read/replace/delete shape: reviewed ones
 * (slides, playlists, schedules) that editors draft, directory ones (procedures, hotlines) that
 * approvers keep, and the screens and groups that admins manage.
 */
export function addResourceRoutes(router: ApiRouter, deps: ApiDeps): void {
  for (const spec of REVIEWED_SPECS) addReviewedCrudRoutes(router, deps, spec);
  addApprovalRoutes(router, deps, REVIEWED_SPECS);
  addCrudRoutes(router, deps, {
    resource: 'procedures',
    noun: 'Procedure',
    input: ProcedureInputSchema,
    item: ProcedureSchema,
    repository: proceduresRepository,
    writeRole: 'approver',
    check: noReferences,
    referrers: nobodyRefersTo,
    owned: 'procedures',
  });
  addCrudRoutes(router, deps, {
    resource: 'hotlines',
    noun: 'Hotline',
    input: HotlineInputSchema,
    item: HotlineSchema,
    repository: hotlinesRepository,
    writeRole: 'approver',
    check: noReferences,
    referrers: referrersOfHotline,
    owned: 'hotlines',
  });
  addCrudRoutes<typeof ScreenInputSchema, Screen>(router, deps, {
    resource: 'screens',
    noun: 'Screen',
    input: ScreenInputSchema,
    item: ScreenSchema,
    repository: screensRepository,
    writeRole: 'admin',
    check: checkScreen,
    referrers: referrersOfScreen,
    visible: canSeeScreen,
  });
  addCrudRoutes<typeof ScreenGroupInputSchema, ScreenGroup>(router, deps, {
    resource: 'groups',
    noun: 'Group',
    input: ScreenGroupInputSchema,
    item: ScreenGroupSchema,
    repository: groupsRepository,
    writeRole: 'admin',
    check: checkGroup,
    referrers: referrersOfGroup,
    visible: (user, group) => canSeeGroup(user, group.id),
    usedBy: async (db, id) => [
      ...(await usersRepository.list(db))
        .filter((user) => user.groupIds.includes(id))
        .map((user) => ({ resource: 'users', id: user.id, name: user.name || user.login })),
      // Content it owns would otherwise be left with an owner nobody can name.
      ...(await contentOwners.ownedBy(db, id)).map(({ table, id }) => ({
        resource: table,
        id,
        name: id,
      })),
    ],
  });
}
