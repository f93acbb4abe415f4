import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.js';
import type { ApiDeps } from '../deps.js';
import { addAuditRoutes } from './audit-routes.js';
import { addHolidayImportRoute } from './holiday-import-route.js';
import { addHolidayRoutes } from './holiday-routes.js';
import { addIntegrationKeyRoutes } from './integration-key-routes.js';
import { addKioskLinkRoute } from './kiosk-link-route.js';
import { addMediaRoutes } from './media-routes.js';
import { addMonitoringRoutes } from './monitoring-routes.js';
import { addProcedureImportRoutes } from './procedure-import-routes.js';
import { addQueueRoutes } from './queue-routes.js';
import { addReportRoutes } from './report-routes.js';
import { addResourceRoutes } from './resource-routes.js';
import { addScheduleConflictRoutes } from './schedule-conflict-routes.js';
import { addSchedulePreviewRoutes } from './schedule-preview-routes.js';
import { addScreenRoutes } from './screen-routes.js';
import { addSessionRoutes } from './session-routes.js';
import { addSettingsRoutes } from './settings-routes.js';
import { addUrgentNoticeRoutes } from './urgent-notice-routes.js';
import { addUserAccessRoutes } from './user-access-routes.js';
import { addUserRoutes } from './user-routes.js';

/** What the admin UI calls, mounted at `/api`. */
export function createAdminApi(deps: ApiDeps) {
  const router = new OpenAPIHono<AppEnv>();
  addSessionRoutes(router, deps);
  // Before the generic `/screens/{id}` routes so that `/screens/pair` is not read as an id.
  addScreenRoutes(router, deps);
  addKioskLinkRoute(router, deps);
  addProcedureImportRoutes(router, deps);
  addSchedulePreviewRoutes(router, deps);
  addScheduleConflictRoutes(router, deps);
  addUrgentNoticeRoutes(router, deps);
  addResourceRoutes(router, deps);
  addSettingsRoutes(router, deps);
  // Before `/holidays/{id}` so that `/holidays/import` is not read as an id.
  addHolidayImportRoute(router, deps);
  addHolidayRoutes(router, deps);
  addMediaRoutes(router, deps);
  addMonitoringRoutes(router, deps);
  addReportRoutes(router, deps);
  addUserRoutes(router, deps);
  addUserAccessRoutes(router, deps);
  addAuditRoutes(router, deps);
  addIntegrationKeyRoutes(router, deps);
  addQueueRoutes(router, deps);
  return router;
}

export type AdminApi = ReturnType<typeof createAdminApi>;
