// The RAID log of the sample workspace (issue 11, sample story item 3): per working group a few risks
// spread over the heat map, issues and blockers, assumptions and dependencies, played through the real
// services on the load's transaction. The elections blocker "Legal sign-off on political-ad labels in
// Brazil" missed its decision date 10 days ago and the escalation job took it to level 2 on the day after.
import type { RaidCreate, Role } from '@policyops/contracts';
import { RaidCreateSchema } from '@policyops/contracts';
import type { Actor } from '../../http/actor.js';
import { addDays, type Clock } from '../../platform/clock.js';
import type { JobQueue } from '../../platform/jobs/index.js';
import type { AuditService } from '../audit/audit.service.js';
import { CollaborationEntities } from '../collaboration/collaboration-entities.js';
import type { CollaborationService } from '../collaboration/collaboration.service.js';
import type { LinkedRecords } from '../links/linked-records.js';
import type { SampleSection } from '../workspace/sample-section.js';
import type { StakeholderDirectory } from './raid-views.js';
import { buildRaidServices } from './raid.module.js';

export interface RaidSampleDeps {
  clock: Clock;
  audit: AuditService;
  collaboration: CollaborationService;
  jobs: JobQueue;
  links: LinkedRecords;
  stakeholders: StakeholderDirectory & { forUser(db: unknown, userId: string): Promise<{ id: string }> };
}

/** A clock held at one day (the sample moves it between steps). */
class DayClock implements Clock {
  day = '';
  now(): Date {
    return new Date(`${this.day}T07:30:00.000Z`);
  }
  today(): string {
    return this.day;
  }
}

type Spec = { key: string; group: string; daysAgo: number; by: string } & (
  | { kind: 'risk'; title: string; p: number; i: number; owner: string; mitigation: string; trigger: string }
  | {
      kind: 'issue';
      title: string;
      owner: string;
      blocker: boolean;
      severity: 'low' | 'medium' | 'high' | 'critical';
      path: [string, string][];
      decisionInDays: number | null;
    }
  | { kind: 'assumption'; title: string; owner: string; validateInDays: number }
  | {
      kind: 'dependency';
      title: string;
      owner: string;
      from: string;
      to: string;
      neededInDays: number;
      committed: boolean;
    }
);

const AI = 'ai-generated-content';
const YOUTH = 'youth-safety';
const ELECTIONS = 'elections-integrity';
const OPS = 'Moderation Operations';
const PRODUCT = 'Safety Product';
const ENG = 'Integrity Engineering';

const SPECS: Spec[] = [
  // AI-generated content
  {
    key: 'ai-label-evasion',
    group: AI,
    daysAgo: 60,
    by: 'priya',
    kind: 'risk',
    title: 'Creators strip provenance metadata to dodge AI labels',
    p: 4,
    i: 4,
    owner: 'priya',
    mitigation: 'Add classifier-based detection alongside C2PA metadata',
    trigger: 'Label coverage falls below 70% of detected synthetic videos',
  },
  {
    key: 'ai-over-labelling',
    group: AI,
    daysAgo: 45,
    by: 'priya',
    kind: 'risk',
    title: 'Edited but authentic footage labelled as AI-generated',
    p: 3,
    i: 2,
    owner: 'david',
    mitigation: 'Appeal path and a threshold review with Product',
    trigger: 'Label appeals above 5% of labelled videos',
  },
  {
    key: 'ai-vendor-capacity',
    group: AI,
    daysAgo: 30,
    by: 'priya',
    kind: 'risk',
    title: 'Vendor reviewers untrained on synthetic-media guidance at launch',
    p: 2,
    i: 5,
    owner: 'marco',
    mitigation: 'Train the Accra site two weeks before launch',
    trigger: 'QA accuracy on synthetic media below 90%',
  },
  {
    key: 'ai-audio-scope',
    group: AI,
    daysAgo: 12,
    by: 'priya',
    kind: 'issue',
    title: 'Scope of the label for AI-generated audio undecided',
    owner: 'priya',
    blocker: true,
    severity: 'high',
    path: [
      ['priya', 'Working group chair'],
      ['lucas', 'Head of Policy Programs'],
    ],
    decisionInDays: 6,
  },
  {
    key: 'ai-c2pa-adoption',
    group: AI,
    daysAgo: 40,
    by: 'priya',
    kind: 'assumption',
    title: 'Major generation tools will embed C2PA credentials by Q2',
    owner: 'tom',
    validateInDays: 40,
  },
  {
    key: 'ai-classifier',
    group: AI,
    daysAgo: 35,
    by: 'priya',
    kind: 'dependency',
    title: 'Synthetic-video classifier in the review queue',
    owner: 'tom',
    from: PRODUCT,
    to: ENG,
    neededInDays: 21,
    committed: true,
  },
  // Youth safety across surfaces
  {
    key: 'youth-age-estimation',
    group: YOUTH,
    daysAgo: 70,
    by: 'diego',
    kind: 'risk',
    title: 'Age-estimation prompts push minors to lie about their age',
    p: 3,
    i: 4,
    owner: 'hannah',
    mitigation: 'Pair prompts with a low-friction appeal',
    trigger: 'Self-declared ages shift upward after the prompt',
  },
  {
    key: 'youth-live-gaps',
    group: YOUTH,
    daysAgo: 50,
    by: 'diego',
    kind: 'risk',
    title: 'Live-stream gifting rules differ between surfaces',
    p: 2,
    i: 3,
    owner: 'sofia',
    mitigation: 'One rule for gifting to minors across live and shorts',
    trigger: 'Escalations citing inconsistent outcomes',
  },
  {
    key: 'youth-dm-reporting',
    group: YOUTH,
    daysAgo: 20,
    by: 'diego',
    kind: 'issue',
    title: 'DM reports from teens reach the general queue',
    owner: 'marco',
    blocker: false,
    severity: 'medium',
    path: [],
    decisionInDays: null,
  },
  {
    key: 'youth-guardian-consent',
    group: YOUTH,
    daysAgo: 25,
    by: 'diego',
    kind: 'assumption',
    title: 'Guardian consent flows meet the UK Children’s Code',
    owner: 'olivia',
    validateInDays: -3,
  },
  {
    key: 'youth-vendor-training',
    group: YOUTH,
    daysAgo: 28,
    by: 'diego',
    kind: 'dependency',
    title: 'Vendor training on grooming indicators',
    owner: 'kwame',
    from: 'Minor Safety Policy',
    to: OPS,
    neededInDays: 14,
    committed: false,
  },
  // Elections integrity
  {
    key: 'elections-deepfakes',
    group: ELECTIONS,
    daysAgo: 55,
    by: 'amara',
    kind: 'risk',
    title: 'Deepfake of a candidate goes viral in the final week',
    p: 3,
    i: 5,
    owner: 'fatima',
    mitigation: 'Rapid-response rota with Legal and Comms',
    trigger: 'A synthetic candidate video passes 100k views',
  },
  {
    key: 'elections-ad-library',
    group: ELECTIONS,
    daysAgo: 42,
    by: 'amara',
    kind: 'risk',
    title: 'Political-ad library misses ads bought through resellers',
    p: 2,
    i: 2,
    owner: 'sofia',
    mitigation: 'Reseller attestation in the ads flow',
    trigger: 'Researchers report unlisted political ads',
  },
  {
    key: 'elections-brazil-labels',
    group: ELECTIONS,
    daysAgo: 24,
    by: 'amara',
    kind: 'issue',
    title: 'Legal sign-off on political-ad labels in Brazil',
    owner: 'amara',
    blocker: true,
    severity: 'critical',
    path: [
      ['amara', 'Working group chair'],
      ['lucas', 'Head of Policy Programs'],
      ['olivia', 'General Counsel, T&S'],
    ],
    decisionInDays: -10,
  },
  {
    key: 'elections-tse-guidance',
    group: ELECTIONS,
    daysAgo: 30,
    by: 'amara',
    kind: 'assumption',
    title: 'The TSE publishes its AI guidance before the campaign starts',
    owner: 'ana',
    validateInDays: 10,
  },
  {
    key: 'elections-comms',
    group: ELECTIONS,
    daysAgo: 18,
    by: 'amara',
    kind: 'dependency',
    title: 'Elections help-centre pages in Portuguese',
    owner: 'rosa',
    from: 'Policy Programs',
    to: 'Safety Comms',
    neededInDays: 12,
    committed: true,
  },
];

const ROLES: Record<string, Role> = { amara: 'program_manager', lucas: 'program_manager' };

/** The RAID sample section; it looks up groups and people by key and skips a link whose key is absent. */
export function raidSample(deps: RaidSampleDeps): SampleSection {
  return {
    name: 'RAID log',
    async load(ctx) {
      const today = deps.clock.today();
      const clock = new DayClock();
      const raid = buildRaidServices({ ...deps, db: ctx.trx, clock, entities: new CollaborationEntities() });
      const person = async (key: string): Promise<string | null> => {
        const known = ctx.records.get(`stakeholder:${key}`);
        if (known) return known;
        const userId = ctx.people.get(key);
        return userId ? (await deps.stakeholders.forUser(ctx.trx, userId)).id : null;
      };
      const actor = (key: string): Actor => ({
        id: ctx.people.get(key) ?? ctx.cause.id ?? '',
        name: key,
        email: '',
        role: ROLES[key] ?? 'policy_owner',
        version: 1,
        sessionId: null,
        sessionExpiresAt: null,
        tokenId: null,
        requestId: ctx.cause.requestId ?? 'sample-workspace',
      });
      // Counts are merged across sections by name: the roadmap already counts its "dependencies".
      const counts: Record<string, number> = {
        risks: 0,
        issues: 0,
        assumptions: 0,
        teamDependencies: 0,
        escalations: 0,
      };
      for (const spec of [...SPECS].sort((a, b) => b.daysAgo - a.daysAgo)) {
        if (!ctx.people.has(spec.by)) continue;
        clock.day = addDays(today, -spec.daysAgo);
        const group = ctx.records.get(`working-group:${spec.group}`);
        const common = {
          title: spec.title,
          ownerId: await person(spec.owner),
          links: group ? [{ kind: 'working_group' as const, id: group }] : [],
        };
        let input: RaidCreate;
        if (spec.kind === 'risk')
          input = {
            kind: 'risk',
            ...common,
            probability: spec.p,
            impact: spec.i,
            mitigation: spec.mitigation,
            trigger: spec.trigger,
          };
        else if (spec.kind === 'issue') {
          const path: { stakeholderId: string; label: string }[] = [];
          for (const [key, label] of spec.path) {
            const id = await person(key);
            if (id) path.push({ stakeholderId: id, label });
          }
          input = {
            kind: 'issue',
            ...common,
            isBlocker: spec.blocker,
            severity: spec.severity,
            escalationPath: path,
            decisionNeededBy: spec.decisionInDays === null ? null : addDays(today, spec.decisionInDays),
          };
        } else if (spec.kind === 'assumption')
          input = { kind: 'assumption', ...common, validateBy: addDays(today, spec.validateInDays) };
        else {
          const from = ctx.teams.get(spec.from);
          const to = ctx.teams.get(spec.to);
          if (!from || !to) continue;
          input = {
            kind: 'dependency',
            ...common,
            requestingTeamId: from,
            providingTeamId: to,
            neededBy: addDays(today, spec.neededInDays),
            committedDate: spec.committed ? addDays(today, spec.neededInDays - 3) : null,
            status: spec.committed ? 'committed' : 'requested',
          };
        }
        const item = await raid.items.create(actor(spec.by), RaidCreateSchema.parse(input), ctx.trx);
        ctx.records.set(`raid:${spec.key}`, item.id);
        counts[spec.kind === 'dependency' ? 'teamDependencies' : `${spec.kind}s`]! += 1;
        // A decision date in the past: the job's run of the day after took it one level up.
        if (spec.kind === 'issue' && spec.decisionInDays !== null && spec.decisionInDays < 0) {
          clock.day = addDays(today, spec.decisionInDays + 1);
          if ((await raid.escalation.escalateAutomatically(item.id, clock.day, ctx.trx)) === 'escalated')
            counts.escalations! += 1;
        }
      }
      return counts;
    },
  };
}
