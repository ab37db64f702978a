import { v7 as uuidv7 } from 'uuid';
import type { Actor } from '../../http/actor.js';
import type { Clock } from '../../platform/clock.js';
import type { AuditService } from '../audit/audit.service.js';
import { actionItemHref } from '../action-items/action-item-collaboration.js';
import { decisionHref } from '../decisions/decision-views.js';
import { LinkedRecords } from '../links/linked-records.js';
import { StakeholdersService } from '../stakeholders/stakeholders.service.js';
import type { SampleContext, SampleSection } from '../workspace/sample-section.js';
import { AgendaSources } from './agenda-sources.js';
import { nextOccurrences, parseCadence } from './cadence.js';
import * as meetingsRepo from './meetings.repository.js';
import { SAMPLE_GROUPS, sampleNotes } from './working-groups.sample.data.js';
import { recordsOfMeeting, sampleTargets } from './working-groups.sample.repository.js';
import { buildWorkingGroupServices } from './working-groups.module.js';

export interface WorkingGroupsSampleDeps {
  audit: AuditService;
  clock: Clock;
}

const DAY_MS = 86_400_000;
/** At most this many past meetings per group, so a workspace loaded late stays small. */
const MAX_PAST = 16;

function sampleActor(ctx: SampleContext): Actor {
  return {
    id: ctx.cause.id ?? ctx.people.get('amara')!,
    name: 'Sample workspace',
    email: '',
    role: 'admin',
    version: 1,
    sessionId: null,
    sessionExpiresAt: null,
    tokenId: null,
    requestId: ctx.cause.requestId ?? 'sample-workspace',
  };
}

/**
 * Sample story item 2: three working groups with charters, members and cadences, linked to the sample
 * policies, initiatives and CRs that exist; their past meetings up to last week with attendees and
 * notes (keys `working-group:<slug>`, `meeting:<slug>:<YYYY-MM-DD>`). The next meeting is left unopened.
 */
export function workingGroupsSample(deps: WorkingGroupsSampleDeps): SampleSection {
  return {
    name: 'Working groups',
    async load(ctx) {
      const actor = sampleActor(ctx);
      const directory = new StakeholdersService(ctx.trx, deps.audit);
      // Past meetings get their agendas from the meeting history section: nothing pre-fills here.
      const { workingGroups, meetings } = buildWorkingGroupServices({
        db: ctx.trx,
        audit: deps.audit,
        clock: deps.clock,
        directory,
        links: new LinkedRecords(),
        agendaSources: new AgendaSources(),
      });
      const lastWeek = new Date(new Date(`${deps.clock.today()}T00:00:00Z`).getTime() - 6 * DAY_MS);
      let groups = 0;
      let opened = 0;
      for (const spec of SAMPLE_GROUPS) {
        const person = (key: string) => ctx.records.get(`stakeholder:${key}`);
        const chairId = person(spec.chair);
        if (!chairId) continue;
        const targets = await sampleTargets(ctx.trx, spec.policySlugs, spec.initiativeTitles, spec.changeRequestTitles);
        const members = spec.members.flatMap(([key, role]) => {
          const id = person(key);
          return id ? [{ stakeholderId: id, role }] : [];
        });
        const created = await workingGroups.create(actor, {
          name: spec.name,
          charter: {
            purpose: spec.purpose,
            policyIds: spec.policySlugs.flatMap((s) => (targets.policies.has(s) ? [targets.policies.get(s)!] : [])),
            deliverables: spec.deliverables,
            successCriteria: spec.successCriteria,
            endDate: spec.endDate,
          },
          chairId,
          members,
          cadence: { rule: spec.rule, startsAt: spec.startsAt, timeZone: null, durationMinutes: spec.durationMinutes },
          links: [
            ...spec.initiativeTitles.flatMap((t) =>
              targets.initiatives.has(t) ? [{ kind: 'initiative' as const, id: targets.initiatives.get(t)! }] : [],
            ),
            ...spec.changeRequestTitles.flatMap((t) =>
              targets.changeRequests.has(t)
                ? [{ kind: 'change_request' as const, id: targets.changeRequests.get(t)! }]
                : [],
            ),
          ],
        });
        await workingGroups.transition(actor, created.id, { version: created.version, to: 'active' });
        ctx.records.set(`working-group:${spec.slug}`, created.id);
        groups += 1;

        const cadence = parseCadence({
          rule: spec.rule,
          startsAt: spec.startsAt,
          durationMinutes: spec.durationMinutes,
        });
        const starts = nextOccurrences(cadence, new Date(spec.startsAt), 200).filter((s) => new Date(s) < lastWeek);
        const everyone = [chairId, ...members.map((m) => m.stakeholderId)];
        for (const [n, start] of starts.slice(-MAX_PAST).entries()) {
          const { meeting } = await meetings.open(actor, created.id, { occurrenceStart: start });
          // Someone is away now and then: one member a meeting, in turn.
          const away = everyone[(n % (everyone.length - 1)) + 1];
          await meetings.update(actor, meeting.id, {
            version: meeting.version,
            notes: sampleNotes(n),
            location: 'Video call',
            attendees: everyone.map((id) => ({ stakeholderId: id, attended: id !== away })),
          });
          ctx.records.set(`meeting:${spec.slug}:${start.slice(0, 10)}`, meeting.id);
          opened += 1;
        }
      }
      return { workingGroups: groups, meetings: opened };
    },
  };
}

/**
 * Sample story item 6: the past meetings' agendas and outcomes, pointing at the decisions and actions
 * the decision register and action items sections made from them. Actions still open carry forward,
 * meeting to meeting, as opening a meeting does.
 */
export function meetingHistorySample(deps: WorkingGroupsSampleDeps): SampleSection {
  return {
    name: 'Meeting history',
    async load(ctx) {
      const actor = sampleActor(ctx);
      let items = 0;
      let outcomes = 0;
      const now = deps.clock.now().toISOString();
      for (const spec of SAMPLE_GROUPS) {
        const prefix = `meeting:${spec.slug}:`;
        const keyed = [...ctx.records.entries()]
          .filter(([key]) => key.startsWith(prefix))
          .sort(([a], [b]) => a.localeCompare(b));
        let carried: { id: string; title: string; from: string }[] = [];
        for (const [key, meetingId] of keyed) {
          const date = key.slice(prefix.length);
          const meeting = await meetingsRepo.findMeeting(ctx.trx, meetingId);
          if (!meeting) continue;
          const { decisions, actions } = await recordsOfMeeting(ctx.trx, meetingId);
          const rows: Parameters<typeof meetingsRepo.insertAgendaItems>[1] = [];
          const add = (section: string, title: string, detail: string, extra: Partial<(typeof rows)[number]> = {}) => {
            const id = uuidv7();
            rows.push({
              id,
              meeting_id: meetingId,
              section,
              title,
              detail,
              source_kind: null,
              source_id: null,
              href: null,
              carried_from: null,
              done: 1,
              position: rows.length,
              version: 1,
              created_at: now,
              ...extra,
            });
            return id;
          };
          for (const c of carried)
            add('carried_forward', c.title, 'Action still open', {
              source_kind: 'action_item',
              source_id: c.id,
              href: actionItemHref(c.id),
              carried_from: c.from,
              done: 0,
            });
          const roundTable = add('discussion', 'Round-table updates', 'Each function in two minutes');
          const decisionItems = decisions.map((d) => ({
            d,
            itemId: add('decisions_needed', d.title, 'Decided in this meeting'),
          }));
          await meetingsRepo.insertAgendaItems(ctx.trx, rows);
          items += rows.length;
          const outcome = async (
            itemId: string,
            kind: 'decision' | 'action',
            record: { id: string; title: string },
            href: string,
          ) => {
            await meetingsRepo.insertOutcome(ctx.trx, {
              id: uuidv7(),
              meeting_id: meetingId,
              agenda_item_id: itemId,
              kind,
              text: record.title,
              record_id: record.id,
              record_title: record.title,
              record_href: href,
              created_by: actor.id,
              created_at: now,
            });
            await deps.audit.record(ctx.trx, actor, {
              action: 'meeting.outcome_recorded',
              entityType: 'meeting_outcome',
              entityId: meetingId,
              after: {
                meetingId,
                meetingTitle: meeting.title,
                agendaItemId: itemId,
                kind,
                text: record.title,
                recordId: record.id,
              },
            });
            outcomes += 1;
          };
          for (const { d, itemId } of decisionItems) await outcome(itemId, 'decision', d, decisionHref(d.id));
          for (const a of actions) await outcome(roundTable, 'action', a, actionItemHref(a.id));
          const open = (status: string) => status !== 'done' && status !== 'cancelled';
          const stillCarried = carried.filter((c) => !actions.some((a) => a.id === c.id));
          carried = [
            ...stillCarried,
            ...actions.filter((a) => open(a.status)).map((a) => ({ id: a.id, title: a.title, from: date })),
          ];
        }
      }
      return { agendaItems: items, meetingOutcomes: outcomes };
    },
  };
}
