import type { DecisionCreate, LinkedRecordRef } from '@policyops/contracts';
import type { Actor } from '../../http/actor.js';
import { addDays, type Clock } from '../../platform/clock.js';
import type { SearchService } from '../../search/search.service.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CollaborationService } from '../collaboration/collaboration.service.js';
import { LinkedRecords } from '../links/linked-records.js';
import type { SampleContext, SampleSection } from '../workspace/sample-section.js';
import { buildDecisionServices } from './decisions.module.js';
import { policyIdsBySlug } from './decisions.sample.repository.js';
import type { StakeholderDirectory } from './decision-views.js';

export interface DecisionsSampleDeps {
  audit: AuditService;
  clock: Clock;
  collaboration: CollaborationService;
  search: SearchService;
  /** The stakeholder directory on any scope (its methods take the scope). */
  people: StakeholderDirectory;
}

interface SampleDecision {
  key: string;
  group: 'ai-generated-content' | 'youth-safety' | 'elections-integrity';
  by: string;
  title: string;
  context: string;
  options: DecisionCreate['options'];
  decision: string;
  rationale: string;
  decidedBy: string[];
  consulted: string[];
  policies: string[];
  /** Days before today it was decided (accepted); null: still proposed. */
  acceptedDaysAgo: number | null;
  supersedes?: string;
  /** Days after today its revisit is due. */
  revisitInDays?: number;
}

const option = (title: string, pros: string[], cons: string[]) => ({ title, pros, cons });

/** Sample story item 4: 7 decisions over the three working groups, one superseded, one with a revisit date. */
export const SAMPLE_DECISIONS: SampleDecision[] = [
  {
    key: 'label-ai-video',
    group: 'ai-generated-content',
    by: 'priya',
    title: 'Label realistic AI-generated video',
    context:
      'Realistic synthetic video of real people and events is rising fast ahead of several elections. ' +
      'Reviewers cannot tell it from footage, and **removal** would catch satire and art.',
    options: [
      option('Label only', ['Keeps lawful expression up', 'Cheap to run'], ['Labels are easy to miss']),
      option('Label and limit reach', ['Slows spread of deceptive clips'], ['Harder to explain to creators']),
      option('Remove', ['Simple rule'], ['Removes satire and art', 'Appeals would flood in']),
    ],
    decision:
      'Realistic AI-generated or altered **video** carries a visible label; deceptive clips of civic events also lose recommendation.',
    rationale:
      'Proportionate: viewers get context, lawful creativity stays up, and the reach limit covers the real harm.',
    decidedBy: ['priya', 'olivia', 'david'],
    consulted: ['marco', 'tom'],
    policies: ['harmful-misinformation', 'adult-nudity'],
    acceptedDaysAgo: 77,
  },
  {
    key: 'c2pa-signal',
    group: 'ai-generated-content',
    by: 'kenji',
    title: 'Use C2PA provenance as a labelling signal',
    context: 'Uploads increasingly carry C2PA content credentials from cameras and generators.',
    options: [
      option('Trust credentials alone', ['Automatic'], ['Credentials are stripped by re-encoding']),
      option('Credentials plus classifier', ['Catches stripped files'], ['Classifier false positives']),
    ],
    decision: 'A C2PA "AI-generated" assertion labels the upload at once; otherwise the classifier score decides.',
    rationale: 'Credentials are precise when present; the classifier covers the rest.',
    decidedBy: ['kenji', 'tom'],
    consulted: ['david'],
    policies: ['harmful-misinformation'],
    acceptedDaysAgo: 49,
  },
  {
    key: 'label-ai-video-audio',
    group: 'ai-generated-content',
    by: 'priya',
    title: 'Label realistic AI-generated video and audio',
    context: 'Cloned voices in otherwise real footage slipped past the video-only rule in October.',
    options: [
      option('Extend the label to audio', ['One rule for viewers'], ['Audio classifiers are younger']),
      option('Separate audio rule', ['Tuned thresholds'], ['Two labels confuse viewers']),
    ],
    decision: 'The label covers realistic AI-generated or altered **video and audio**, including cloned voices.',
    rationale: 'Viewers do not distinguish the two; one label is clearer.',
    decidedBy: ['priya', 'olivia', 'david'],
    consulted: ['marco', 'tom', 'kenji'],
    policies: ['harmful-misinformation', 'adult-nudity'],
    acceptedDaysAgo: 21,
    supersedes: 'label-ai-video',
  },
  {
    key: 'age-estimation-live',
    group: 'youth-safety',
    by: 'diego',
    title: 'Age-estimation prompts before live streaming',
    context: 'Under-age streamers reach live audiences before any review; reports come too late.',
    options: [
      option('Prompt for age estimation before first live', ['Stops most under-age streams'], ['Friction for adults']),
      option('Review first streams after the fact', ['No friction'], ['Harm happens first']),
    ],
    decision: 'Accounts must pass an age-estimation prompt before their first live stream and after any 90-day gap.',
    rationale: 'Prevention beats after-the-fact review for live harms; vendor accuracy meets the bar.',
    decidedBy: ['diego', 'hannah'],
    consulted: ['sofia', 'marco', 'kwame'],
    policies: ['minor-safety'],
    acceptedDaysAgo: 30,
    revisitInDays: 91,
  },
  {
    key: 'private-by-default',
    group: 'youth-safety',
    by: 'diego',
    title: 'Private accounts by default for under-16s',
    context: 'Teen accounts are found by adults through public follower lists.',
    options: [option('Private by default', ['Less discovery by strangers'], ['Slower growth for teen creators'])],
    decision: 'Accounts of people under 16 start private; they may open them with a guided prompt.',
    rationale: 'Matches regulator guidance in the UK and EU.',
    decidedBy: ['diego', 'david'],
    consulted: ['hannah', 'sofia'],
    policies: ['minor-safety', 'grooming-and-sextortion'],
    acceptedDaysAgo: 70,
  },
  {
    key: 'election-escalation-rota',
    group: 'elections-integrity',
    by: 'amara',
    title: 'Round-the-clock escalation rota during election weeks',
    context: 'Escalations in past elections waited overnight for a policy call.',
    options: [option('Follow-the-sun rota', ['No overnight gap'], ['Needs APAC and LATAM cover'])],
    decision: 'Policy, Legal and Comms staff a follow-the-sun rota from a week before to a week after each vote.',
    rationale: 'Decisions in hours, not a day.',
    decidedBy: ['amara', 'fatima'],
    consulted: ['olivia', 'rosa'],
    policies: ['harmful-misinformation'],
    acceptedDaysAgo: 40,
  },
  {
    key: 'brazil-political-ad-labels',
    group: 'elections-integrity',
    by: 'amara',
    title: 'Political-ad labels in Brazil',
    context: 'TSE rules ask for a paid-political label with the funder; Legal sign-off is pending.',
    options: [
      option('Platform label with funder', ['Meets TSE rules'], ['Funder data is incomplete']),
      option('Advertiser self-declaration', ['Fast'], ['Relies on advertisers']),
    ],
    decision: '',
    rationale: '',
    decidedBy: ['amara'],
    consulted: ['ana', 'olivia', 'sofia'],
    policies: ['harmful-misinformation'],
    acceptedDaysAgo: null,
  },
];

/** The latest past meeting of a group on or before a day, from the working-groups section's keys. */
function meetingOn(ctx: SampleContext, group: string, day: string): string | null {
  const prefix = `meeting:${group}:`;
  const days = [...ctx.records.keys()].filter((k) => k.startsWith(prefix) && k.slice(prefix.length) <= day).sort();
  return days.length > 0 ? ctx.records.get(days.at(-1)!)! : null;
}

/** Sample story item 4 through the real services on the load's transaction; keys `decision:<slug>`. */
export function decisionsSample(deps: DecisionsSampleDeps): SampleSection {
  return {
    name: 'Decisions',
    async load(ctx) {
      const today = deps.clock.today();
      const { decisions, lifecycle } = buildDecisionServices({
        db: ctx.trx,
        audit: deps.audit,
        clock: deps.clock,
        collaboration: deps.collaboration,
        people: deps.people,
        links: new LinkedRecords(),
        search: deps.search,
      });
      const actor = (key: string): Actor => ({
        id: ctx.people.get(key) ?? ctx.cause.id ?? [...ctx.people.values()][0]!,
        name: key,
        email: '',
        role: 'admin',
        version: 1,
        sessionId: null,
        sessionExpiresAt: null,
        tokenId: null,
        requestId: ctx.cause.requestId ?? 'sample-workspace',
      });
      const policies = await policyIdsBySlug(ctx.trx, [...new Set(SAMPLE_DECISIONS.flatMap((d) => d.policies))]);
      const person = (key: string) => ctx.records.get(`stakeholder:${key}`);
      let created = 0;
      for (const spec of SAMPLE_DECISIONS) {
        const day = spec.acceptedDaysAgo === null ? today : addDays(today, -spec.acceptedDaysAgo);
        const group = ctx.records.get(`working-group:${spec.group}`);
        const meeting = meetingOn(ctx, spec.group, day);
        const links: LinkedRecordRef[] = [
          ...spec.policies.flatMap((slug) =>
            policies.has(slug) ? [{ kind: 'policy' as const, id: policies.get(slug)! }] : [],
          ),
        ];
        const superseded = spec.supersedes ? ctx.records.get(`decision:${spec.supersedes}`) : undefined;
        const row = await decisions.createInTransaction(
          ctx.trx,
          actor(spec.by),
          {
            title: spec.title,
            context: spec.context,
            options: spec.options,
            decision: spec.decision,
            rationale: spec.rationale,
            decidedByIds: spec.decidedBy.flatMap((k) => person(k) ?? []),
            consultedIds: spec.consulted.flatMap((k) => person(k) ?? []),
            decisionDate: spec.acceptedDaysAgo === null ? null : day,
            ownerId: person(spec.by) ?? null,
            links,
            supersedes: superseded ? [{ decisionId: superseded, scope: 'whole', part: null }] : [],
            revisitTrigger: spec.revisitInDays ? { kind: 'date', date: addDays(today, spec.revisitInDays) } : null,
          },
          // The group and meeting come from the working-groups section, which vouches for them.
          [
            ...(group ? [{ kind: 'working_group' as const, id: group }] : []),
            ...(meeting ? [{ kind: 'meeting' as const, id: meeting }] : []),
          ],
        );
        if (spec.acceptedDaysAgo !== null)
          await lifecycle.acceptInTransaction(ctx.trx, actor(spec.by), row.id, {
            version: row.version,
            decisionDate: day,
          });
        ctx.records.set(`decision:${spec.key}`, row.id);
        created += 1;
      }
      return { decisions: created };
    },
  };
}
