import type { AuditAction } from '../audit-actions.js';
import { id, type Sample } from './fixtures.js';

const blocker = {
  key: 'I-2',
  kind: 'issue',
  title: 'Legal sign-off on political-ad labels in Brazil',
  description: '',
  ownerId: id(2),
  status: 'open',
  probability: null,
  impact: null,
  mitigation: null,
  trigger: null,
  isBlocker: true,
  severity: 'high',
  escalationPath: [
    { stakeholderId: id(3), label: 'Working group chair' },
    { stakeholderId: id(4), label: 'Head of Policy' },
  ],
  currentLevel: 1,
  decisionNeededBy: '2026-11-21',
  resolution: '',
  validateBy: null,
  validationNote: null,
  requestingTeamId: null,
  providingTeamId: null,
  neededBy: null,
  committedDate: null,
  links: [{ kind: 'working_group', id: id(90) }],
  version: 1,
} as const;
const escalation = {
  key: 'I-2',
  title: blocker.title,
  fromLevel: 1,
  toLevel: 2,
  toLabel: 'Head of Policy',
  toStakeholderId: id(4),
  automatic: true,
  decisionNeededBy: '2026-11-21',
  note: '',
} as const;

/** One sample event per audit action of the RAID log (risks, issues and blockers, assumptions, dependencies). */
export const RAID_SAMPLES: Partial<Record<AuditAction, Sample[]>> = {
  'raid_item.created': [
    {
      payload: { entityType: 'raid_item', after: blocker },
      says: 'Priya Raman logged the blocker I-2 "Legal sign-off on political-ad labels in Brazil"',
    },
  ],
  'raid_item.updated': [
    {
      payload: { entityType: 'raid_item', before: blocker, after: { ...blocker, status: 'resolved', version: 2 } },
      says: 'Priya Raman edited the blocker I-2 "Legal sign-off on political-ad labels in Brazil" (open → resolved)',
    },
  ],
  'raid_item.escalated': [
    {
      actor: null,
      payload: { entityType: 'raid_item', after: escalation },
      says: 'The escalation job escalated I-2 "Legal sign-off on political-ad labels in Brazil" from level 1 to level 2 (Head of Policy): its decision was needed by Nov 21, 2026',
    },
    {
      payload: { entityType: 'raid_item', after: { ...escalation, automatic: false, note: 'No answer' } },
      says: 'Priya Raman escalated I-2 "Legal sign-off on political-ad labels in Brazil" from level 1 to level 2 (Head of Policy)',
    },
  ],
  'raid_item.reached_top': [
    {
      actor: null,
      payload: {
        entityType: 'raid_item',
        after: { key: 'I-2', title: blocker.title, level: 2, label: 'Head of Policy', decisionNeededBy: '2026-11-28' },
      },
      says: 'The escalation job found I-2 "Legal sign-off on political-ad labels in Brazil" past its decision date at its last level, 2 (Head of Policy): it stays there',
    },
  ],
};
