import {
  SCORING_INPUTS,
  type CrSource,
  type CrType,
  type CrUpdate,
  type ModerationWorkload,
  type RiskLevel,
} from '@policyops/contracts';
import type { CrDetail } from './cr-detail-queries';

// The edit dialog's values: from the CR, back to the smallest CrUpdate, and API error paths to fields.

export interface CrFormValues {
  title: string;
  type: CrType;
  source: CrSource;
  targetPolicyId: string | null;
  problemStatement: string;
  proposal: string;
  ownerId: string | null;
  dueDate: string;
  effectiveDate: string;
  draftVersionId: string | null;
  surfaceIds: string[];
  marketIds: string[];
  expectedVolumeChangePct: number | string;
  moderationWorkload: ModerationWorkload | null;
  riskLevel: RiskLevel | null;
  scored: boolean;
  severity: number;
  reach: number;
  urgency: number;
  effort: number;
  initiativeIds: string[];
  changeRequestIds: string[];
  decisions: { title: string; url: string }[];
}

export const FIELD_NAMES: Record<keyof CrFormValues, string> = {
  title: 'Title',
  type: 'Type',
  source: 'Source',
  targetPolicyId: 'Target policy',
  problemStatement: 'Problem statement',
  proposal: 'Proposal',
  ownerId: 'Owner',
  dueDate: 'Due date',
  effectiveDate: 'Effective date',
  draftVersionId: 'Draft version',
  surfaceIds: 'Surfaces',
  marketIds: 'Markets',
  expectedVolumeChangePct: 'Expected volume change',
  moderationWorkload: 'Moderation workload',
  riskLevel: 'Risk level',
  scored: 'Scored',
  severity: 'Severity',
  reach: 'Reach',
  urgency: 'Urgency',
  effort: 'Effort',
  initiativeIds: 'Initiatives',
  changeRequestIds: 'Related change requests',
  decisions: 'Decisions',
};

export function crFormValues(cr: CrDetail): CrFormValues {
  return {
    title: cr.title,
    type: cr.type,
    source: cr.source,
    targetPolicyId: cr.targetPolicy?.id ?? null,
    problemStatement: cr.problemStatement,
    proposal: cr.proposal,
    ownerId: cr.owner.id,
    dueDate: cr.dueDate ?? '',
    effectiveDate: cr.effectiveDate ?? '',
    draftVersionId: cr.draftVersionId,
    surfaceIds: cr.impact.surfaceIds,
    marketIds: cr.impact.marketIds,
    expectedVolumeChangePct: cr.impact.expectedVolumeChangePct ?? '',
    moderationWorkload: cr.impact.moderationWorkload,
    riskLevel: cr.impact.riskLevel,
    scored: cr.scoring !== null,
    severity: cr.scoring?.severity ?? 3,
    reach: cr.scoring?.reach ?? 3,
    urgency: cr.scoring?.urgency ?? 3,
    effort: cr.scoring?.effort ?? 3,
    initiativeIds: cr.links.initiativeIds,
    changeRequestIds: cr.links.changeRequestIds,
    decisions: cr.links.decisions,
  };
}

export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
export const changedKeys = (a: CrFormValues, b: CrFormValues) =>
  (Object.keys(a) as (keyof CrFormValues)[]).filter((k) => !same(a[k], b[k]));

/** Only what the person changed, as CrUpdate (impact, scoring and links in their groups). */
export function updateBody(base: CrFormValues, values: CrFormValues, version: number): CrUpdate {
  const changed = new Set(changedKeys(base, values));
  const body: CrUpdate = { version };
  const date = (v: string) => (v === '' ? null : v);
  if (changed.has('title')) body.title = values.title;
  if (changed.has('type')) body.type = values.type;
  if (changed.has('source')) body.source = values.source;
  if (changed.has('targetPolicyId')) body.targetPolicyId = values.targetPolicyId;
  if (changed.has('problemStatement')) body.problemStatement = values.problemStatement;
  if (changed.has('proposal')) body.proposal = values.proposal;
  if (changed.has('ownerId') && values.ownerId) body.ownerId = values.ownerId;
  if (changed.has('dueDate')) body.dueDate = date(values.dueDate);
  if (changed.has('effectiveDate')) body.effectiveDate = date(values.effectiveDate);
  if (changed.has('draftVersionId')) body.draftVersionId = values.draftVersionId;
  const impact: NonNullable<CrUpdate['impact']> = {};
  if (changed.has('surfaceIds')) impact.surfaceIds = values.surfaceIds;
  if (changed.has('marketIds')) impact.marketIds = values.marketIds;
  if (changed.has('expectedVolumeChangePct'))
    impact.expectedVolumeChangePct =
      values.expectedVolumeChangePct === '' ? null : Number(values.expectedVolumeChangePct);
  if (changed.has('moderationWorkload')) impact.moderationWorkload = values.moderationWorkload;
  if (changed.has('riskLevel')) impact.riskLevel = values.riskLevel;
  if (Object.keys(impact).length > 0) body.impact = impact;
  if (SCORING_INPUTS.some((k) => changed.has(k)) || changed.has('scored'))
    body.scoring = values.scored
      ? { severity: values.severity, reach: values.reach, urgency: values.urgency, effort: values.effort }
      : null;
  const links: NonNullable<CrUpdate['links']> = {};
  if (changed.has('initiativeIds')) links.initiativeIds = values.initiativeIds;
  if (changed.has('changeRequestIds')) links.changeRequestIds = values.changeRequestIds;
  if (changed.has('decisions')) links.decisions = values.decisions;
  if (Object.keys(links).length > 0) body.links = links;
  return body;
}

/**
 * The form field an API error path belongs to: body.impact.marketIds → marketIds,
 * body.links.decisions.0.url → decisions.0.url.
 */
export function formPathOf(path: string): string {
  const parts = path.split('.');
  if (parts[0] === 'body') parts.shift();
  if (parts[0] === 'impact' || parts[0] === 'links' || parts[0] === 'scoring') parts.shift();
  if (parts[0] === 'decisions') return parts.slice(0, 3).join('.');
  return parts[0] ?? '';
}
