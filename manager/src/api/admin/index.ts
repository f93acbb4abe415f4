import { createApiRouter } from '../api-router.js';
import type { ApiDeps } from '../deps.js';
import { addAuditRoutes } from './audit/audit-routes.js';
import { addHolidayImportRoute } from './holidays/holiday-import-route.js';
import { addHolidayRoutes } from './holidays/holiday-routes.js';
import { addMediaRoutes } from './media/media-routes.js';
import { addMonitoringRoutes } from './monitoring/monitoring-routes.js';
import { addProcedureImportRoutes } from './procedures/procedure-import-routes.js';
import { addReportRoutes } from './reports/report-routes.js';
import { addResourceRoutes } from './resources/resource-routes.js';
import { addScheduleConflictRoutes } from './schedules/schedule-conflict-routes.js';
import { addSchedulePreviewRoutes } from './schedules/schedule-preview-routes.js';
import { addCommandHistoryRoute } from './screens/command-history-route.js';
import { addKioskLinkRoute } from './screens/kiosk-link-route.js';
import { addScreenRoutes } from './screens/screen-routes.js';
import { addSessionRoutes } from './session/session-routes.js';
import { addSettingsRoutes } from './settings/settings-routes.js';
import { addUrgentNoticeRoutes } from './urgent-notices/urgent-notice-routes.js';
import { addUserAccessRoutes } from './users/user-access-routes.js';
import { addUserRoutes } from './users/user-routes.js';

/** What the admin UI calls, mounted at `/api`. */
export function createAdminApi(deps: ApiDeps) {
  const router = createApiRouter();
  addSessionRoutes(router, deps);
  // Before the generic `/screens/{id}` routes so that `/screens/pair` is not read as an id.
  addScreenRoutes(router, deps);
  addKioskLinkRoute(router, deps);
  addCommandHistoryRoute(router, deps);
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
  return router;
}
