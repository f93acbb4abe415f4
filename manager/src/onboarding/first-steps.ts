import { FIRST_STEPS, type FirstStep } from '@bangtin/shared';
import type { Db } from '../store/open-store.js';

/** Which records in the audit log, made by a person (not the demo seed), finish each step. */
const FINISHED_BY: Record<FirstStep, { resource: string; actions: readonly string[] }> = {
  agency: { resource: 'settings', actions: ['update'] },
  hotlines: { resource: 'hotlines', actions: ['create', 'update', 'delete'] },
  screen: { resource: 'screens', actions: ['pair'] },
  procedures: { resource: 'procedures', actions: ['import', 'create', 'update'] },
  schedule: { resource: 'schedules', actions: ['create', 'update'] },
};

/** The setup steps someone has done, read from what the audit log says people did. */
export async function doneFirstSteps(db: Db): Promise<FirstStep[]> {
  const rows = await db
    .selectFrom('audit_log')
    .select(['resource', 'action'])
    .where('user_id', 'is not', null)
    .where(
      'resource',
      'in',
      FIRST_STEPS.map((step) => FINISHED_BY[step].resource),
    )
    .groupBy(['resource', 'action'])
    .execute();
  return FIRST_STEPS.filter((step) =>
    rows.some(
      (row) =>
        row.resource === FINISHED_BY[step].resource &&
        FINISHED_BY[step].actions.includes(row.action),
    ),
  );
}
