import { createApiRouter } from '../api-router.js';
import type { ApiDeps } from '../deps.js';
import { addAuditRoutes } from './audit/audit-routes.js';
import { addFigureSourceRoutes } from './figures/figure-source-routes.js';
import { addHolidayImportRoute } from './holidays/holiday-import-route.js';
import { addHolidayRoutes } from './holidays/holiday-routes.js';
import { addMediaRoutes } from './media/media-routes.js';
import { addMonitoringRoutes } from './monitoring/monitoring-routes.js';
import { addProcedureImportRoutes } from './procedures/procedure-import-routes.js';
import { addIntegrationKeyRoutes } from './queue/integration-key-routes.js';
import { addQueueRoutes } from './queue/queue-routes.js';
import { addReportRoutes } from './reports/report-routes.js';
import { addResourceRoutes } from './resources/resource-routes.js';
import { addScheduleConflictRoutes } from './schedules/schedule-conflict-routes.js';
import { addSchedulePreviewRoutes } from './schedules/schedule-preview-routes.js';
import { addCommandHistoryRoute } from './screens/command-history-route.js';
import { addKioskLinkRoute } from './screens/kiosk-link-route.js';
import { addScreenRoutes } from './screens/screen-routes.js';
import { addSessionRoutes } from './session/session-routes.js';
import { addFirstStepsRoute } from './settings/first-steps-route.js';
import { addSettingsRoutes } from './settings/settings-routes.js';
import { addUrgentNoticeRoutes } from './urgent-notices/urgent-notice-routes.js';
import { addUserAccessRoutes } from './users/user-access-routes.js';
import { addUserRoutes } from './users/user-routes.js';

/** What the admin UI calls, mounted at `/api`. */
export function createAdminApi(deps: ApiDeps) {
  const router = createApiRouter();
  // Any order: no two routes of one method match the same path (route-overlap.test.ts).
  addAuditRoutes(router, deps);
  addFigureSourceRoutes(router, deps);
  addHolidayRoutes(router, deps);
  addHolidayImportRoute(router, deps);
  addMediaRoutes(router, deps);
  addMonitoringRoutes(router, deps);
  addProcedureImportRoutes(router, deps);
  addIntegrationKeyRoutes(router, deps);
  addQueueRoutes(router, deps);
  addReportRoutes(router, deps);
  addResourceRoutes(router, deps);
  addSchedulePreviewRoutes(router, deps);
  addScheduleConflictRoutes(router, deps);
  addScreenRoutes(router, deps);
  addKioskLinkRoute(router, deps);
  addCommandHistoryRoute(router, deps);
  addSessionRoutes(router, deps);
  addSettingsRoutes(router, deps);
  addFirstStepsRoute(router, deps);
  addUrgentNoticeRoutes(router, deps);
  addUserRoutes(router, deps);
  addUserAccessRoutes(router, deps);
  return router;
}
