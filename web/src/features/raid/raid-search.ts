import { LINKED_RECORD_KINDS, RAID_STATUSES, type LinkedRecordKind } from '@policyops/contracts';

export const RAID_TABS = ['risks', 'issues', 'assumptions', 'dependencies'] as const;
export type RaidTab = (typeof RAID_TABS)[number];

/** The RAID log's tab and filters, kept in the URL so a filtered view can be shared. */
export interface RaidSearch {
  tab?: RaidTab;
  status?: string;
  ownerId?: string;
  workingGroupId?: string;
  linkedKind?: LinkedRecordKind;
  linkedId?: string;
  probability?: number;
  impact?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const id = (value: unknown) => (typeof value === 'string' && UUID.test(value) ? value : undefined);
const scale = (value: unknown) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 5 ? n : undefined;
};

/** Reads the search from the URL, dropping values the API would refuse. */
export function validateRaidSearch(search: Record<string, unknown>): RaidSearch {
  const out: RaidSearch = {};
  if ((RAID_TABS as readonly unknown[]).includes(search.tab)) out.tab = search.tab as RaidTab;
  if ((RAID_STATUSES as readonly unknown[]).includes(search.status)) out.status = search.status as string;
  for (const key of ['ownerId', 'workingGroupId', 'linkedId'] as const) {
    const value = id(search[key]);
    if (value) out[key] = value;
  }
  if ((LINKED_RECORD_KINDS as readonly unknown[]).includes(search.linkedKind))
    out.linkedKind = search.linkedKind as LinkedRecordKind;
  const p = scale(search.probability);
  const i = scale(search.impact);
  if (p && i) {
    out.probability = p;
    out.impact = i;
  }
  return out;
}

export const TAB_KIND = {
  risks: 'risk',
  issues: 'issue',
  assumptions: 'assumption',
  dependencies: 'dependency',
} as const;
