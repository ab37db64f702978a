// The conflict check against the database: loads what cr-conflicts.ts judges, for one CR and a date.

import { addDays } from '@policyops/contracts';
import type { DbScope } from '../../db/scope.js';
import type { Viewer } from '../policies/policy-access.js';
import { findConflicts, type FoundConflict } from './cr-conflicts.js';
import type { CrRow } from './change-requests.repository.js';
import * as launchRepo from './cr-launch.repository.js';
import { impactOf, type CrSettingsState } from './cr-views.js';

/**
 * Every current conflict of the CR on `date` (default: its effective date; none without one). A CR on
 * a restricted policy the viewer may not see still conflicts (it launches all the same) but is named
 * only as "a change request on a restricted policy".
 */
export async function conflictsOf(
  db: DbScope,
  viewer: Viewer,
  row: CrRow,
  settings: Pick<CrSettingsState, 'conflictWindowDays' | 'freezeWindows'>,
  date: string | null = row.effective_date,
): Promise<FoundConflict[]> {
  if (date === null) return [];
  const from = addDays(date, -settings.conflictWindowDays);
  const to = addDays(date, settings.conflictWindowDays);
  const impact = impactOf(row);
  const others = (await launchRepo.datedCrsBetween(db, from, to)).map((cr) => {
    const i = impactOf(cr);
    return {
      id: cr.id,
      number: cr.number,
      title: cr.title,
      stage: cr.stage,
      effectiveDate: cr.effective_date!,
      policyId: cr.target_policy_id,
      surfaceIds: i.surfaceIds,
      marketIds: i.marketIds,
    };
  });
  const versions =
    row.target_policy_id === null
      ? []
      : (await launchRepo.datedVersionsBetween(db, row.target_policy_id, from, to)).map((v) => ({
          id: v.id,
          policyId: v.policy_id,
          policySlug: v.slug,
          policyTitle: v.title,
          label: v.label,
          state: v.state,
          effectiveDate: v.effective_date,
        }));
  const policyOf = new Map(others.map((o) => [o.id, o.policyId]));
  const visible = await launchRepo.visiblePolicyIds(
    db,
    viewer,
    others.map((o) => o.policyId).filter((id): id is string => id !== null),
  );
  const hidden = (id: string) => {
    const policyId = policyOf.get(id);
    return policyId !== null && policyId !== undefined && !visible.has(policyId);
  };
  const found = findConflicts(
    {
      id: row.id,
      effectiveDate: date,
      policyId: row.target_policy_id,
      draftVersionId: row.draft_version_id,
      surfaceIds: impact.surfaceIds,
      marketIds: impact.marketIds,
    },
    settings.conflictWindowDays,
    others,
    versions,
    settings.freezeWindows,
  );
  return found.map((c) =>
    c.changeRequest && hidden(c.changeRequest.id)
      ? {
          ...c,
          title: 'A change request on a restricted policy',
          detail: `A change request you may not see takes effect on ${c.date}`,
          href: '',
          changeRequest: null,
        }
      : c,
  );
}

/** The current conflicts nobody acknowledged yet, with their titles (for the blocker sentence). */
export async function unacknowledgedOf(
  db: DbScope,
  viewer: Viewer,
  row: CrRow,
  settings: Pick<CrSettingsState, 'conflictWindowDays' | 'freezeWindows'>,
  date: string | null = row.effective_date,
): Promise<{ key: string; title: string }[]> {
  const found = await conflictsOf(db, viewer, row, settings, date);
  if (found.length === 0) return [];
  const acked = new Set((await launchRepo.acksOfMany(db, [row.id])).map((a) => a.conflict_key));
  return found.filter((c) => !acked.has(c.key)).map((c) => ({ key: c.key, title: c.title }));
}
