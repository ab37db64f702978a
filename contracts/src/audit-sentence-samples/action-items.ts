import type { AuditAction } from '../audit-actions.js';
import { id, type Sample } from './fixtures.js';

const action = {
  title: 'Draft the labelling FAQ',
  notes: '',
  ownerId: id(90),
  ownerName: 'Olivia Chen',
  dueDate: '2026-12-08',
  status: 'open',
  sourceKind: 'meeting',
  sourceId: id(91),
  workingGroupId: id(92),
  links: [],
  version: 1,
} as const;

/** One sample event per audit action of action items. */
export const ACTION_ITEM_SAMPLES: Partial<Record<AuditAction, Sample[]>> = {
  'action_item.created': [
    {
      payload: { entityType: 'action_item', after: action },
      says: 'Priya Raman added the action "Draft the labelling FAQ" for Olivia Chen, due 2026-12-08',
    },
    {
      payload: { entityType: 'action_item', after: { ...action, dueDate: null } },
      says: 'Priya Raman added the action "Draft the labelling FAQ" for Olivia Chen',
    },
  ],
  'action_item.updated': [
    {
      payload: { entityType: 'action_item', before: action, after: { ...action, dueDate: '2026-12-10', version: 2 } },
      says: 'Priya Raman edited the action "Draft the labelling FAQ"',
    },
  ],
  'action_item.status_changed': [
    {
      payload: {
        entityType: 'action_item',
        before: { title: action.title, status: 'open', version: 1 },
        after: { title: action.title, status: 'in_progress', version: 2 },
      },
      says: 'Priya Raman marked the action "Draft the labelling FAQ" in progress (was open)',
    },
  ],
};
