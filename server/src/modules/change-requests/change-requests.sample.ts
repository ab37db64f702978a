import {
  CrCreateSchema,
  SignOffCreateSchema,
  type ChangeRequest,
  type CrStage,
  type Role,
  type SignOffDecision,
  type SignOffRole,
} from '@policyops/contracts';
import type { DbScope } from '../../db/scope.js';
import type { Actor } from '../../http/actor.js';
import { addDays, type Clock } from '../../platform/clock.js';
import type { JobQueue } from '../../platform/jobs/index.js';
import type { ApplicabilityDimensionsService } from '../applicability/dimensions.service.js';
import type { AuditService } from '../audit/audit.service.js';
import { CollaborationEntities } from '../collaboration/collaboration-entities.js';
import type { CollaborationService } from '../collaboration/collaboration.service.js';
import type { PoliciesService } from '../policies/policies.service.js';
import type { PolicyChangelogService } from '../policies/policy-changelog.service.js';
import type { PolicyVersionsService } from '../policies/policy-versions.service.js';
import type { SampleContext, SampleSection } from '../workspace/sample-section.js';
import { draftOfPolicy } from './change-requests.repository.js';
import { buildChangeRequestServices, type ChangeRequestServices } from './change-requests.module.js';
import type { CrLaunchListener } from './cr-launch-events.js';
import { SAMPLE_CHANGE_REQUESTS, SAMPLE_FREEZE_WINDOW, type SampleStep } from './change-requests.sample.data.js';

/**
 * A clock the sample moves through the weeks; each reading is a minute after the one before, so a day's
 * steps keep their order on the CR's timeline.
 */
class SteppingClock implements Clock {
  private minute = 0;
  constructor(private dayValue: string) {}
  get day(): string {
    return this.dayValue;
  }
  set day(value: string) {
    this.dayValue = value;
    this.minute = 0;
  }
  now(): Date {
    return new Date(Date.parse(`${this.dayValue}T09:00:00.000Z`) + this.minute++ * 60_000);
  }
  today(): string {
    return this.dayValue;
  }
}

export interface ChangeRequestSampleDeps {
  clock: Clock;
  audit: AuditService;
  collaboration: CollaborationService;
  jobs: JobQueue;
  policies: PoliciesService;
  policyVersions: PolicyVersionsService;
  changelog: PolicyChangelogService;
  dimensions: ApplicabilityDimensionsService;
}

/** The adoption sample, played around the launches: its directory first, its campaigns' month after. */
export interface SampleLaunchHook {
  /** Before any CR: what a launch will need (the audience directory). */
  begin(ctx: SampleContext, clock: Clock, actor: (key: string) => Actor): Promise<void>;
  /** Subscribed to the sample's own launch events (the app's subscription listens on the app's services). */
  onLaunched: CrLaunchListener;
  /** After every CR is in place: the campaigns' weeks of responses, on the same moving clock. Returns how many. */
  finish(ctx: SampleContext, clock: Clock & { day: string }, actor: (key: string) => Actor): Promise<number>;
}

const ROLES: Record<string, Role> = { amara: 'program_manager', lucas: 'program_manager' };
const XFN = new Set(['olivia', 'marco', 'sofia', 'david']);

/**
 * The change requests of the sample workspace (issue 10, item 11): twelve CRs across the stages and both
 * lanes, each played through the real services on the load's transaction, day by day on a moving clock,
 * so every move, sign-off, reset and launch has its event, audit entry and notification. One (the
 * pro-eating-disorder hashtags) went the whole way: a sign-off asked for changes, the edit reset Legal's
 * approval, it launched a month ago and its adoption campaign is under way (adoption.sample.ts).
 */
export function changeRequestsSample(deps: ChangeRequestSampleDeps, adoption: SampleLaunchHook): SampleSection {
  return {
    name: 'Change requests',
    async load(ctx) {
      const today = deps.clock.today();
      const clock = new SteppingClock(today);
      const crs = buildChangeRequestServices({
        db: ctx.trx,
        audit: deps.audit,
        clock,
        collaboration: deps.collaboration,
        entities: new CollaborationEntities(),
        jobs: deps.jobs,
        policies: deps.policies,
        policyVersions: deps.policyVersions,
        changelog: deps.changelog,
      });
      crs.launches.onLaunched(adoption.onLaunched);
      const actor = (key: string): Actor => ({
        id: ctx.people.get(key)!,
        name: key,
        email: '',
        role: ROLES[key] ?? (XFN.has(key) ? 'xfn_reviewer' : 'policy_owner'),
        version: 1,
        sessionId: null,
        sessionExpiresAt: null,
        tokenId: null,
        requestId: ctx.cause.requestId ?? 'sample-workspace',
      });
      const { markets, surfaces } = await deps.dimensions.listInTransaction(ctx.trx);
      const marketId = new Map(markets.map((m) => [m.code, m.id]));
      const surfaceId = new Map(surfaces.map((s) => [s.name, s.id]));

      clock.day = addDays(today, -75);
      await adoption.begin(ctx, clock, actor);
      // The workspace's settings are the admin's who loads the sample (workspace.manage).
      const admin: Actor = { ...actor('amara'), id: ctx.cause.id ?? ctx.people.get('amara')!, role: 'admin' };
      const settings = await crs.settings.get(admin);
      await crs.settings.update(admin, {
        version: settings.version,
        freezeWindows: [
          {
            ...SAMPLE_FREEZE_WINDOW,
            startsOn: addDays(today, SAMPLE_FREEZE_WINDOW.startsInDays),
            endsOn: addDays(today, SAMPLE_FREEZE_WINDOW.endsInDays),
            marketIds: SAMPLE_FREEZE_WINDOW.markets.map((code) => marketId.get(code)!),
          },
        ],
      });

      // Steps of all CRs in day order, so cross-CR rules (conflicts, numbers) see the world as it was.
      const ids = new Map<string, string>();
      const steps = SAMPLE_CHANGE_REQUESTS.flatMap((spec) => spec.steps.map((step) => ({ spec, step })));
      steps.sort((a, b) => a.step.day - b.step.day);
      for (const { spec, step } of steps) {
        clock.day = addDays(today, step.day);
        const run = new StepRunner(crs, ctx.trx, deps, actor, today, clock);
        if (step.kind === 'create') {
          const policy = spec.policy ? await deps.policies.findVisible(actor(step.by), spec.policy, ctx.trx) : null;
          const created = await crs.changeRequests.create(
            actor(step.by),
            CrCreateSchema.parse({
              ...spec.fields,
              targetPolicyId: policy?.id ?? null,
              ownerId: ctx.people.get(spec.owner)!,
              dueDate: spec.dueInDays === null ? null : addDays(today, spec.dueInDays),
              impact: {
                ...spec.fields.impact,
                marketIds: spec.markets.map((code) => marketId.get(code)!),
                surfaceIds: spec.surfaces.map((name) => surfaceId.get(name)!),
              },
            }),
          );
          ids.set(spec.key, created.id);
        } else
          await run.step(ids.get(spec.key)!, spec.policy, step).catch((error: unknown) => {
            // A sample that no longer fits the workflow rules should say which step broke.
            throw Object.assign(
              new Error(`Sample CR "${spec.key}", ${step.kind} on day ${step.day}: ${String(error)}`),
              {
                cause: error,
              },
            );
          });
      }
      clock.day = today;
      const responses = await adoption.finish(ctx, clock, actor);
      return { changeRequests: SAMPLE_CHANGE_REQUESTS.length, adoptionResponses: responses };
    },
  };
}

/** Plays one step of a sample CR through the services, reading its current version first. */
class StepRunner {
  constructor(
    private readonly crs: ChangeRequestServices,
    private readonly trx: DbScope,
    private readonly deps: ChangeRequestSampleDeps,
    private readonly actor: (key: string) => Actor,
    private readonly today: string,
    private readonly clock: Clock,
  ) {}

  private current(id: string, by: Actor): Promise<ChangeRequest> {
    return this.crs.changeRequests.get(by, id);
  }

  async step(id: string, policySlug: string | null, step: Exclude<SampleStep, { kind: 'create' }>): Promise<void> {
    const by = this.actor(step.by);
    const cr = await this.current(id, by);
    switch (step.kind) {
      case 'move':
        await this.crs.changeRequests.transition(by, id, {
          to: step.to as CrStage,
          version: cr.version,
          reason: step.reason,
        });
        return;
      case 'edit':
        await this.crs.changeRequests.update(by, id, {
          version: cr.version,
          ...step.fields,
          ...(step.effectiveInDays !== undefined ? { effectiveDate: addDays(this.today, step.effectiveInDays) } : {}),
        });
        return;
      case 'draft': {
        const started = await this.crs.launch.startDraft(by, id, { version: cr.version });
        if (step.rewrite) await this.rewrite(policySlug!, started.draftVersionId!, by, step.rewrite);
        return;
      }
      case 'adopt_open_draft': {
        // The library already has a draft started for this change (the policies sample); the CR takes it up.
        const policy = await this.deps.policies.findVisible(by, policySlug!, this.trx);
        const open = await draftOfPolicy(this.trx, policy.id);
        await this.crs.changeRequests.update(by, id, { version: cr.version, draftVersionId: open!.id });
        return;
      }
      case 'rewrite':
        await this.rewrite(policySlug!, cr.draftVersionId!, by, step.rewrite);
        return;
      case 'sign':
        await this.crs.changeRequests.signOff(
          by,
          id,
          SignOffCreateSchema.parse({
            version: cr.version,
            role: step.role as SignOffRole,
            decision: step.decision as SignOffDecision,
            comment: step.comment ?? '',
          }),
        );
        return;
      case 'acknowledge': {
        const conflicts = await this.crs.launch.conflicts(by, id);
        if (conflicts.unacknowledged.length > 0)
          await this.crs.launch.acknowledge(by, id, {
            version: cr.version,
            keys: conflicts.unacknowledged,
            note: step.note,
          });
        return;
      }
      case 'launch':
        await this.crs.launch.launch(by, id, {
          version: cr.version,
          effectiveDate: addDays(this.today, step.effectiveInDays),
          marketDates: [],
        });
        return;
      case 'place':
        await this.crs.changeRequests.place(by, id, { version: cr.version, afterId: null, reason: step.reason });
    }
  }

  /** The proposed text: the draft's clause `find` becomes `replace`, as an author would edit it in the library. */
  private async rewrite(policySlug: string, draftId: string, by: Actor, edit: { find: string; replace: string }) {
    const policy = await this.deps.policies.findVisible(by, policySlug, this.trx);
    const draft = await this.deps.policyVersions.versionOf(this.trx, policy.id, draftId);
    const body = draft.body.includes(edit.find)
      ? draft.body.replace(edit.find, edit.replace)
      : `${draft.body.trimEnd()}\n\n${edit.replace}\n`;
    await this.deps.policyVersions.updateInTransaction(
      this.trx,
      by,
      policySlug,
      draftId,
      { version: draft.version, body },
      {
        at: this.clock.now().toISOString(),
        draftListeners: [(trx, actor, edit) => this.crs.launch.draftEdited(trx, actor, edit)],
      },
    );
  }
}
