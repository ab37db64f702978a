import type { AuditAction } from '../audit-actions.js';
import { id, type Sample } from './fixtures.js';

const feed = { name: 'Work laptop', ownerKind: 'person', workingGroupId: null, stakeholderId: id(90), userId: id(1) };

/** One sample event per audit action of calendar feeds (feed tokens). */
export const CALENDAR_SAMPLES: Partial<Record<AuditAction, Sample[]>> = {
  'calendar_feed.created': [
    {
      payload: { entityType: 'calendar_feed', after: feed },
      says: 'Priya Raman created the personal calendar feed "Work laptop"',
    },
  ],
  'calendar_feed.revoked': [
    {
      payload: {
        entityType: 'calendar_feed',
        before: { ...feed, name: 'Elections', ownerKind: 'working_group', workingGroupId: id(92), stakeholderId: null },
      },
      says: 'Priya Raman revoked the working-group calendar feed "Elections"',
    },
  ],
};
