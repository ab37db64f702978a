import type { AdkarScores, AudienceKind } from '@policyops/contracts';
import type { DbScope } from '../../db/scope.js';
import type { Actor } from '../../http/actor.js';
import { addDays, type Clock } from '../../platform/clock.js';
import type { MailOutbox } from '../../platform/mail/mail-jobs.js';
import type { AuditService } from '../audit/audit.service.js';
import type { CollaborationService } from '../collaboration/collaboration.service.js';
import type { SampleLaunchHook } from '../change-requests/change-requests.sample.js';
import type { SampleContext } from '../workspace/sample-section.js';
import { createAdoptionServices, type AdoptionServices } from './adoption.module.js';

export interface AdoptionSampleDeps {
  audit: AuditService;
  serverSecret: string;
  publicUrl: string;
  mailOutbox: MailOutbox;
  collaboration: CollaborationService;
}

interface SampleAudience {
  name: string;
  kind: AudienceKind;
  headcount: number;
  contactEmail: string;
  /** Share of the audience that acknowledges within the month. */
  reach: number;
  /** Days until about two thirds of those have acknowledged. */
  pace: number;
  readiness: AdkarScores;
  decline?: string;
  exemption?: string;
}

const AUDIENCES: SampleAudience[] = [
  {
    name: 'Lisbon moderation site',
    kind: 'site',
    headcount: 24,
    contactEmail: 'lisbon-lead@sites.example',
    reach: 0.85,
    pace: 6,
    readiness: { awareness: 5, desire: 4, knowledge: 4, ability: 3, reinforcement: 4 },
    exemption: 'On parental leave until January.',
  },
  {
    name: 'Manila vendor team (Teleperf)',
    kind: 'vendor',
    headcount: 18,
    contactEmail: 'ops@teleperf.example',
    reach: 0.95,
    pace: 3,
    readiness: { awareness: 5, desire: 5, knowledge: 4, ability: 4, reinforcement: 4 },
  },
  {
    name: 'Nairobi vendor team (Sama)',
    kind: 'vendor',
    headcount: 14,
    contactEmail: 'leads@sama.example',
    reach: 0.55,
    pace: 11,
    readiness: { awareness: 4, desire: 3, knowledge: 2, ability: 2, reinforcement: 3 },
    decline: 'I moved to the ads review queue; this policy is not part of my work any more.',
  },
  {
    name: 'EMEA regional policy team',
    kind: 'regional',
    headcount: 8,
    contactEmail: 'emea-policy@policyops.example',
    reach: 1,
    pace: 2,
    readiness: { awareness: 5, desire: 5, knowledge: 5, ability: 4, reinforcement: 4 },
  },
];

const FIRST_NAMES = ['Ana', 'Bo', 'Chidi', 'Dara', 'Emil', 'Fatou', 'Goran', 'Hana', 'Ines', 'Jon', 'Kofi', 'Lea'];
const LAST_NAMES = ['Silva', 'Reyes', 'Otieno', 'Novak', 'Santos', 'Mwangi', 'Costa', 'Dumas', 'Kariuki', 'Cruz'];

const QUIZ = {
  passMarkPct: 80,
  questions: [
    {
      prompt: 'A post shows extreme restriction and uses a misspelled "thinspiration" hashtag. What applies?',
      options: [
        'Leave it up: the hashtag is misspelled',
        'Remove it: the coded hashtag is promotion',
        'Age-restrict it',
      ],
      correctIndex: 1,
    },
    {
      prompt: 'Where do you check whether a hashtag is coded?',
      options: ['A search engine', 'The coded-terms list in the moderation tool', 'Ask the poster'],
      correctIndex: 1,
    },
    {
      prompt: 'A recovery account uses the same hashtag to reach people at risk. What do you do?',
      options: ['Remove it', 'Leave it with the recovery resources banner', 'Ban the account'],
      correctIndex: 1,
    },
  ],
};
const RIGHT = QUIZ.questions.map((q) => q.correctIndex);
const ONE_WRONG = [0, ...RIGHT.slice(1)];

/** A small deterministic generator (mulberry32), so every load tells the same story. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface PersonPlan {
  token: string;
  name: string;
  ackDay: number | null;
  trainDay: number | null;
  quiz: { day: number; failFirst: boolean } | null;
  refuse: { kind: 'decline' | 'exemption'; reason: string; day: number } | null;
}

/**
 * The adoption side of the sample (issue 10, item 11): the audience directory, and the campaign the
 * launched pro-eating-disorder-hashtags change opened a month ago, with its training, quiz and gate
 * (quiz passed by 90% of every audience), one link per moderator, and a month of responses played
 * day by day through the public acknowledgement service: Manila and the regional team adopt fast,
 * Lisbon is close, Nairobi lags (low knowledge and ability in its readiness check) and holds the gate.
 */
export function adoptionSample(deps: AdoptionSampleDeps): SampleLaunchHook {
  let services: AdoptionServices | null = null;
  const campaigns: string[] = [];
  const servicesOn = (trx: DbScope, clock: Clock): AdoptionServices =>
    (services ??= createAdoptionServices({ ...deps, db: trx, clock }));
  return {
    async begin(ctx: SampleContext, clock: Clock, actor: (key: string) => Actor) {
      const adoption = servicesOn(ctx.trx, clock);
      for (const audience of AUDIENCES)
        await adoption.audiences.create(actor('amara'), {
          name: audience.name,
          kind: audience.kind,
          headcount: audience.headcount,
          contactEmail: audience.contactEmail,
          active: true,
        });
    },
    async onLaunched(trx, cause, event) {
      if (!services) throw new Error('The adoption sample begins before the first launch');
      campaigns.push(await services.campaigns.openCampaignInTransaction(trx, cause, event));
    },
    async finish(ctx, clock, actor) {
      const adoption = services!;
      services = null;
      let responses = 0;
      for (const campaignId of campaigns) responses += await playCampaign(adoption, ctx, clock, actor, campaignId);
      return responses;
    },
  };
}

async function playCampaign(
  adoption: AdoptionServices,
  ctx: SampleContext,
  clock: Clock & { day: string },
  actor: (key: string) => Actor,
  campaignId: string,
): Promise<number> {
  const today = clock.today();
  const amara = actor('amara');
  let campaign = await adoption.campaigns.get(amara, campaignId);
  if (campaign.materiality !== 'material') return 0;
  const launchDay = campaign.effectiveDate ?? today;
  clock.day = launchDay;
  campaign = await adoption.campaigns.updateSettings(amara, campaignId, {
    version: campaign.version,
    training: {
      title: 'Coded pro-ED hashtags: the 15-minute module',
      url: 'https://learning.example.com/coded-hashtags',
    },
    quiz: QUIZ,
    gate: { metric: 'quiz_pass_pct', thresholdPct: 90 },
    reminderCadenceDays: 3,
  });
  const next = random(20261201);
  const days = Math.max(1, Math.round((Date.parse(today) - Date.parse(launchDay)) / 86_400_000));
  const plans: PersonPlan[] = [];
  for (const [index, spec] of AUDIENCES.entries()) {
    const audience = campaign.audiences.find((a) => a.name === spec.name);
    if (!audience) continue;
    const people = Array.from({ length: spec.headcount }, (_, i) => ({
      name: `${FIRST_NAMES[(i + index * 5) % FIRST_NAMES.length]} ${LAST_NAMES[(i * 7 + index) % LAST_NAMES.length]}`,
      externalId: `${spec.kind.toUpperCase()}-${index + 1}${String(i + 1).padStart(3, '0')}`,
    }));
    const created = await adoption.campaigns.createLinks(amara, campaignId, audience.id, {
      people,
      expiresInDays: 60,
    });
    for (const [i, item] of created.items.entries()) {
      const token = new URL(item.url).pathname.split('/').pop()!;
      const refuse =
        i === spec.headcount - 1 && (spec.decline || spec.exemption)
          ? {
              kind: spec.decline ? ('decline' as const) : ('exemption' as const),
              reason: (spec.decline ?? spec.exemption)!,
              day: Math.min(days, 4),
            }
          : null;
      const acknowledges = !refuse && next() < spec.reach;
      const ackDay = acknowledges ? Math.min(days, Math.round(-Math.log(1 - next() * 0.95) * spec.pace)) : null;
      const trainDay = ackDay !== null && next() < 0.92 ? Math.min(days, ackDay + Math.round(next() * 3)) : null;
      const quizDay = trainDay !== null && next() < 0.9 ? Math.min(days, trainDay + Math.round(next() * 2)) : null;
      plans.push({
        token,
        name: item.link.personName,
        ackDay,
        trainDay,
        quiz: quizDay === null ? null : { day: quizDay, failFirst: next() < 0.2 },
        refuse,
      });
    }
    await adoption.campaigns.updateAudience(amara, campaignId, audience.id, {
      version: audience.version,
      readiness: spec.readiness,
    });
  }
  // Day by day, so the adoption curve is what the month was.
  const requestId = ctx.cause.requestId ?? 'sample-workspace';
  let responses = 0;
  for (let day = 0; day <= days; day++) {
    clock.day = addDays(launchDay, day);
    for (const plan of plans) {
      if (plan.refuse?.day === day) {
        const reply =
          plan.refuse.kind === 'decline' ? adoption.acknowledgements.decline : adoption.acknowledgements.exemption;
        await reply.call(adoption.acknowledgements, plan.token, plan.refuse.reason, requestId);
        responses++;
      }
      if (plan.ackDay === day) {
        await adoption.acknowledgements.acknowledge(plan.token, { nameConfirmation: plan.name }, requestId);
        responses++;
      }
      if (plan.trainDay === day) {
        await adoption.acknowledgements.training(plan.token, requestId);
        responses++;
      }
      if (plan.quiz?.day === day) {
        if (plan.quiz.failFirst) await adoption.acknowledgements.quiz(plan.token, { answers: ONE_WRONG }, requestId);
        await adoption.acknowledgements.quiz(plan.token, { answers: RIGHT }, requestId);
        responses++;
      }
    }
  }
  clock.day = today;
  return responses;
}
