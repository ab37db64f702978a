import type { RaidItem, Stakeholder, StakeholderPage } from '@policyops/contracts';
import type { ApiSession } from './api-session.js';

/** The daily sweep that escalates blockers past their "decision needed by" date (server/src/modules/raid). */
export const RAID_ESCALATION_SWEEP = 'raid.escalation-sweep';

/**
 * A person's entry in the stakeholder directory (every account has one, created when the directory is first read),
 * found by their account. Throws when the directory has no entry for them.
 */
export async function directoryEntryOf(session: ApiSession, person: ApiSession): Promise<Stakeholder> {
  const { items } = await session.get<StakeholderPage>(
    `/api/stakeholders?kind=account&q=${encodeURIComponent(person.user.email)}`,
  );
  const found = items.find((s) => s.userId === person.user.id);
  if (!found) throw new Error(`No directory entry for ${person.user.email}`);
  return found;
}

/**
 * An open blocker in the RAID log, linked to a working group, with an escalation path through the people named
 * (level 1 first) and the date a decision is needed by. Throws when the server refuses it.
 */
export function createBlocker(
  author: ApiSession,
  blocker: {
    title: string;
    workingGroupId: string;
    ownerId: string;
    decisionNeededBy: string;
    escalationPath: { stakeholderId: string; label: string }[];
  },
): Promise<RaidItem> {
  return author.post<RaidItem>('/api/raid/items', {
    kind: 'issue',
    title: blocker.title,
    description: 'Seeded for a browser journey: a blocker the working group has to decide on.',
    ownerId: blocker.ownerId,
    links: [{ kind: 'working_group', id: blocker.workingGroupId }],
    isBlocker: true,
    severity: 'high',
    escalationPath: blocker.escalationPath,
    decisionNeededBy: blocker.decisionNeededBy,
    status: 'open',
  });
}

/**
 * Runs a scheduled job now, off its cron (TEST_CLOCK=1 only; admins), as if its hour had come on the server's
 * current date. It is queued: what it does shows once the worker has run it.
 */
export function runScheduledJobNow(admin: ApiSession, name: string): Promise<{ id: string }> {
  return admin.post<{ id: string }>(`/api/test/jobs/scheduled/${encodeURIComponent(name)}/run`);
}
