import {
  SIGN_OFF_ROLE_LABELS,
  type CrBlockers,
  type CrLinksSchema,
  type CrSource,
  type CrStage,
  type CrType,
} from '@policyops/contracts';
import type { z } from 'zod';
import type { ChangeRequestLinksTable } from '../../db/change-requests-schema.js';
import { AppError } from '../../http/app-error.js';
import type { CrRow } from './change-requests.repository.js';
import { impactOf, scoringOf } from './cr-views.js';

/** The audit snapshot of a CR (change_request.* payloads). */
export function crSnapshot(row: CrRow) {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    type: row.type as CrType,
    source: row.source as CrSource,
    targetPolicyId: row.target_policy_id,
    ownerId: row.owner_id,
    stage: row.stage as CrStage,
    lane: row.lane as 'fast' | 'full',
    impact: impactOf(row),
    scoring: scoringOf(row),
    dueDate: row.due_date,
    effectiveDate: row.effective_date,
    draftVersionId: row.draft_version_id,
    problemStatementLength: row.problem_statement.length,
    proposalLength: row.proposal.length,
    version: row.version,
  };
}

type Links = Partial<z.output<typeof CrLinksSchema>>;

/** Link rows per kind, for the kinds given (a kind left out is not replaced). */
export function linkRows(id: string, links: Links): Map<string, ChangeRequestLinksTable[]> {
  const rows = new Map<string, ChangeRequestLinksTable[]>();
  const base = { change_request_id: id, target_id: null, title: null, url: null };
  if (links.initiativeIds)
    rows.set(
      'initiative',
      links.initiativeIds.map((target, position) => ({ ...base, kind: 'initiative', position, target_id: target })),
    );
  if (links.changeRequestIds)
    rows.set(
      'change_request',
      links.changeRequestIds.map((target, position) => ({
        ...base,
        kind: 'change_request',
        position,
        target_id: target,
      })),
    );
  if (links.decisions)
    rows.set(
      'decision',
      links.decisions.map((d, position) => ({ ...base, kind: 'decision', position, title: d.title, url: d.url })),
    );
  return rows;
}

/** The 409 of a refused move: the sentence as detail, and one entry per blocker so a client can list them. */
export function requirementsMissing(b: CrBlockers): AppError {
  return new AppError('CR_REQUIREMENTS_MISSING', b.message, [
    ...b.fields.map((field) => ({ path: `requirements.fields.${field}`, message: 'Required to leave the stage' })),
    ...b.signOffs.map((role) => ({
      path: `requirements.signOffs.${role}`,
      message: `${SIGN_OFF_ROLE_LABELS[role]} has not approved`,
    })),
    ...b.orderViolations.map((v) => ({
      path: `requirements.order.${v.role}`,
      message: `Signed off before ${SIGN_OFF_ROLE_LABELS[v.before]}`,
    })),
    ...b.conflicts.map((key) => ({
      path: `requirements.conflicts.${key}`,
      message: 'Acknowledge this launch conflict (GET …/conflicts lists it)',
    })),
    ...(b.reasonMissing ? [{ path: 'body.reason', message: 'Give a reason' }] : []),
  ]);
}
