import type { AuditAction } from '../audit-actions.js';
import { id, type Sample } from './fixtures.js';

/** The roadmap import and team capacity. */
export const PORTFOLIO_SAMPLES: Partial<Record<AuditAction, Sample[]>> = {
  'roadmap.imported': [
    {
      payload: {
        entityType: 'roadmap',
        after: { format: 'jira', rows: 4, initiatives: 3, milestones: 1, parentLinks: 1, initiativeIds: [id(20)] },
      },
      says: 'Priya Raman imported 3 initiatives and 1 milestone from a Jira CSV export',
    },
    {
      payload: {
        entityType: 'roadmap',
        after: { format: 'asana', rows: 1, initiatives: 1, milestones: 0, parentLinks: 0, initiativeIds: [id(20)] },
      },
      says: 'Priya Raman imported 1 initiative from an Asana CSV export',
    },
  ],
  'team_capacity.updated': [
    {
      payload: {
        entityType: 'team',
        before: null,
        after: { teamId: id(21), teamName: 'VE policy', people: 4, focus: 0.5, overrides: [], version: 1 },
      },
      says: 'Priya Raman set the capacity of VE policy to 4 people at 50% focus',
    },
  ],
};
