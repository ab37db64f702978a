import { addDays, type ActionItemStatus } from '@policyops/contracts';
import type { Actor } from '../../http/actor.js';
import type { Clock } from '../../platform/clock.js';
import type { MailOutbox } from '../../platform/mail/mail-jobs.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CollaborationService } from '../collaboration/collaboration.service.js';
import type { LinkedRecords } from '../links/linked-records.js';
import type { SampleContext, SampleSection } from '../workspace/sample-section.js';
import type { StakeholderDirectory } from './action-item-views.js';
import { buildActionItemServices } from './action-items.module.js';

export interface ActionItemSampleDeps {
  clock: Clock;
  audit: AuditService;
  stakeholders: StakeholderDirectory;
  links?: LinkedRecords;
  mailOutbox: MailOutbox;
  collaboration: CollaborationService;
  publicUrl: string;
}

interface SampleAction {
  key: string;
  group: 'ai-generated-content' | 'youth-safety' | 'elections-integrity';
  /** Which past meeting of the group it came from: 1 the latest, 2 the one before, ... */
  meetingsAgo: number;
  title: string;
  owner: string;
  /** Due, in days from today (negative: in the past); null for none. */
  dueInDays: number | null;
  status?: Exclude<ActionItemStatus, 'open'>;
}

/** ~15 actions from the groups' meetings: a few done, a few overdue, some due this week. */
const SAMPLE_ACTIONS: SampleAction[] = [
  {
    key: 'ai-label-taxonomy',
    group: 'ai-generated-content',
    meetingsAgo: 1,
    title: 'Draft the label taxonomy for realistic AI video and audio',
    owner: 'priya',
    dueInDays: 3,
  },
  {
    key: 'ai-classifier-precision',
    group: 'ai-generated-content',
    meetingsAgo: 2,
    title: 'Report classifier precision on synthetic audio',
    owner: 'tom',
    dueInDays: -4,
  },
  {
    key: 'ai-legal-review',
    group: 'ai-generated-content',
    meetingsAgo: 2,
    title: 'Legal review of the disclosure wording',
    owner: 'olivia',
    dueInDays: 5,
  },
  {
    key: 'ai-mod-ops-training',
    group: 'ai-generated-content',
    meetingsAgo: 3,
    title: 'Prepare moderator training on AI labels',
    owner: 'marco',
    dueInDays: -10,
    status: 'done',
  },
  {
    key: 'ai-product-toggle',
    group: 'ai-generated-content',
    meetingsAgo: 1,
    title: 'Spec the creator self-disclosure toggle',
    owner: 'david',
    dueInDays: 12,
  },
  {
    key: 'ai-appeals-sample',
    group: 'ai-generated-content',
    meetingsAgo: 4,
    title: 'Sample 200 appeals on AI labels',
    owner: 'kenji',
    dueInDays: -20,
    status: 'done',
  },
  {
    key: 'youth-age-estimation',
    group: 'youth-safety',
    meetingsAgo: 1,
    title: 'Compare age-estimation vendors before live streaming',
    owner: 'hannah',
    dueInDays: 2,
  },
  {
    key: 'youth-vendor-site',
    group: 'youth-safety',
    meetingsAgo: 2,
    title: 'Confirm Accra site staffing for teen live reports',
    owner: 'kwame',
    dueInDays: -3,
  },
  {
    key: 'youth-dm-defaults',
    group: 'youth-safety',
    meetingsAgo: 2,
    title: 'Propose default DM settings for under-16s',
    owner: 'sofia',
    dueInDays: 9,
  },
  {
    key: 'youth-metrics',
    group: 'youth-safety',
    meetingsAgo: 3,
    title: 'Baseline teen report volumes by surface',
    owner: 'david',
    dueInDays: -14,
    status: 'done',
  },
  {
    key: 'elections-brazil-labels',
    group: 'elections-integrity',
    meetingsAgo: 1,
    title: 'Chase legal sign-off on political-ad labels in Brazil',
    owner: 'ana',
    dueInDays: -2,
  },
  {
    key: 'elections-comms-plan',
    group: 'elections-integrity',
    meetingsAgo: 1,
    title: 'Draft the elections comms plan',
    owner: 'rosa',
    dueInDays: 6,
  },
  {
    key: 'elections-escalation-path',
    group: 'elections-integrity',
    meetingsAgo: 2,
    title: 'Publish the election-night escalation rota',
    owner: 'fatima',
    dueInDays: 4,
    status: 'in_progress',
  },
  {
    key: 'elections-candidate-list',
    group: 'elections-integrity',
    meetingsAgo: 3,
    title: 'Refresh the verified-candidate list',
    owner: 'sofia',
    dueInDays: -7,
    status: 'done',
  },
  {
    key: 'elections-old-poll',
    group: 'elections-integrity',
    meetingsAgo: 3,
    title: 'Review the 2024 poll misinformation cases',
    owner: 'olivia',
    dueInDays: null,
    status: 'cancelled',
  },
];

/** Chairs record the actions (they manage the group's work). */
const CHAIRS: Record<SampleAction['group'], string> = {
  'ai-generated-content': 'priya',
  'youth-safety': 'diego',
  'elections-integrity': 'amara',
};

/**
 * Action items of the sample workspace (issue 11 sample story, item 5), through the real service on the
 * load's transaction. Looks up meetings, groups and people by their ctx.records keys and leaves out an
 * action whose group, meeting or owner is absent (those sections are written in parallel).
 */
export function actionItemsSample(deps: ActionItemSampleDeps): SampleSection {
  return {
    name: 'Action items',
    async load(ctx) {
      const today = deps.clock.today();
      let day = today;
      const clock: Clock = { today: () => day, now: () => new Date(`${day}T12:00:00.000Z`) };
      const { actionItems } = buildActionItemServices({ ...deps, db: ctx.trx, clock });
      const actor = (key: string): Actor | null => {
        const id = ctx.people.get(key);
        if (!id) return null;
        const requestId = ctx.cause.requestId ?? 'sample-workspace';
        return {
          id,
          name: key,
          email: '',
          role: 'program_manager',
          version: 1,
          sessionId: null,
          sessionExpiresAt: null,
          tokenId: null,
          requestId,
        };
      };
      let created = 0;
      for (const spec of SAMPLE_ACTIONS) {
        const groupId = ctx.records.get(`working-group:${spec.group}`);
        const meeting = pastMeeting(ctx, spec.group, spec.meetingsAgo);
        const ownerId = await ownerOf(ctx, deps.stakeholders, spec.owner);
        const chair = actor(CHAIRS[spec.group]);
        if (!groupId || !meeting || !ownerId || !chair) continue;
        day = meeting.date < today ? meeting.date : today;
        const record = await actionItems.createFromMeeting(
          ctx.trx,
          chair,
          { id: meeting.id, workingGroupId: groupId, startsAt: `${meeting.date}T15:00:00.000Z` },
          { title: spec.title, ownerId, dueDate: spec.dueInDays === null ? null : addDays(today, spec.dueInDays) },
        );
        ctx.records.set(`action:${spec.key}`, record.id);
        created += 1;
        if (spec.status) {
          day = spec.dueInDays !== null && spec.dueInDays < 0 ? addDays(today, spec.dueInDays) : today;
          await actionItems.changeStatus(chair, record.id, { version: 1, status: spec.status });
        }
      }
      return { actionItems: created };
    },
  };
}

/** The group's n-th latest past meeting from its `meeting:<slug>:<YYYY-MM-DD>` keys. */
function pastMeeting(ctx: SampleContext, slug: string, ago: number): { id: string; date: string } | null {
  const prefix = `meeting:${slug}:`;
  const dates = [...ctx.records.keys()]
    .filter((k) => k.startsWith(prefix))
    .map((k) => k.slice(prefix.length))
    .sort();
  const date = dates[dates.length - ago];
  return date ? { id: ctx.records.get(`${prefix}${date}`)!, date } : null;
}

/** A person's stakeholder id: the directory key of the stakeholders section, or the account's own row. */
async function ownerOf(ctx: SampleContext, directory: StakeholderDirectory, key: string): Promise<string | null> {
  const recorded = ctx.records.get(`stakeholder:${key}`);
  if (recorded) return recorded;
  const userId = ctx.people.get(key);
  return userId ? (await directory.forUser(ctx.trx, userId)).id : null;
}
