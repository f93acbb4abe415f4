import { SettingsSchema } from '@bangtin/shared';
import { invalidInput } from '../../../errors.js';
import { settingsRepository } from '../../../store/settings.js';
import { addRoute } from '../../add-route.js';
import type { ApiRouter } from '../../app-env.js';
import type { ApiDeps } from '../../deps.js';
import { publishedIssues } from '../resources/crud-routes.js';
import { editorWrite } from '../resources/editor-write.js';
import { checkSettings } from '../resources/references.js';

/** The agency-wide settings: name, subtitle, logo, ticker text, default playlist. */
export function addSettingsRoutes(router: ApiRouter, deps: ApiDeps): void {
  const tags = ['settings'];
  addRoute(
    router,
    deps.guards,
    {
      method: 'get',
      path: '/settings',
      summary: 'Read the agency settings',
      tags,
      auth: 'viewer',
      responses: { 200: { description: 'The settings', schema: SettingsSchema } },
    },
    async (c) => c.json(await settingsRepository.get(deps.store.db), 200),
  );

  addRoute(
    router,
    deps.guards,
    {
      method: 'put',
      path: '/settings',
      summary: 'Replace the agency settings',
      description: 'Published at once.',
      tags,
      auth: 'admin',
      body: SettingsSchema,
      responses: { 200: { description: 'The stored settings', schema: SettingsSchema } },
    },
    async (c, { body }) => {
      const settings = await editorWrite(deps, c.get('user').id, async (w) => {
        const issues = publishedIssues(checkSettings, body, w);
        if (issues.length > 0) throw invalidInput(issues);
        await settingsRepository.put(w.trx, body);
        await w.audit({
          action: 'update',
          resource: 'settings',
          resourceId: 'agency',
          before: w.content.settings,
          after: body,
        });
        return body;
      });
      return c.json(settings, 200);
    },
  );
}
