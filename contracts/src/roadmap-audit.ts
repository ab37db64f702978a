import { z } from 'zod';
import { IdSchema, VersionSchema } from './common.contract.js';
import {
  DependencyEndpointTypeSchema,
  InitiativeHealthSchema,
  InitiativePrioritySchema,
  InitiativeStatusSchema,
  MilestoneKindSchema,
  MonthNumberSchema,
  RoadmapDateSchema,
  UpdateCadenceSchema,
  WeekdaySchema,
} from './roadmap.contract.js';

/** The roadmap's audit actions; audit-actions.ts adds them to the one list. */
export const ROADMAP_AUDIT_ACTIONS = [
  'planning_settings.updated',
  'initiative.created',
  'initiative.updated',
  'initiative.deleted',
  'initiative_milestone.created',
  'initiative_milestone.updated',
  'initiative_milestone.deleted',
  'initiative_dependency.created',
  'initiative_dependency.updated',
  'initiative_dependency.deleted',
  'initiative_update.posted',
] as const;

const NOTHING = z.null().optional().describe('Nothing recorded');
const Ids = (what: string) => z.array(IdSchema).describe(what);

const SettingsSnapshotSchema = z
  .strictObject({
    fiscalYearStartMonth: MonthNumberSchema.describe('Month the fiscal year starts in'),
    version: VersionSchema,
  })
  .describe('The planning settings');

const InitiativeSnapshotSchema = z
  .strictObject({
    id: IdSchema.describe('The initiative'),
    title: z.string().describe('Title'),
    description: z.string().describe('Markdown description'),
    ownerId: IdSchema.describe('Owner'),
    parentId: IdSchema.nullable().describe('Parent initiative'),
    status: InitiativeStatusSchema,
    priority: InitiativePrioritySchema,
    start: RoadmapDateSchema.describe('First day'),
    end: RoadmapDateSchema.describe('Last day'),
    effortWeeks: z.number().nullable().describe('Effort estimate, person-weeks'),
    areaIds: Ids('Policy areas'),
    teamIds: Ids('Teams'),
    policyIds: Ids('Linked policies'),
    cadence: UpdateCadenceSchema,
    cadenceWeekday: WeekdaySchema,
    progressOverride: z
      .strictObject({ value: z.number().int().describe('%'), reason: z.string().describe('Why') })
      .nullable()
      .describe('Manual progress override'),
    version: VersionSchema,
  })
  .describe('An initiative');

const MilestoneSnapshotSchema = z
  .strictObject({
    id: IdSchema.describe('The milestone'),
    initiativeId: IdSchema.describe('Its initiative'),
    title: z.string().describe('Title'),
    kind: MilestoneKindSchema,
    date: RoadmapDateSchema.describe('Due date'),
    fixed: z.boolean().describe('External fixed date'),
    done: z.boolean().describe('Done'),
    version: VersionSchema,
  })
  .describe('A milestone');

const DependencySnapshotSchema = z
  .strictObject({
    id: IdSchema.describe('The dependency'),
    fromType: DependencyEndpointTypeSchema,
    fromId: IdSchema.describe('Predecessor'),
    toType: DependencyEndpointTypeSchema,
    toId: IdSchema.describe('Successor'),
    lagDays: z.number().int().describe('Lag in days'),
    version: VersionSchema,
  })
  .describe('A finish-to-start dependency');

const HealthUpdateSnapshotSchema = z
  .strictObject({
    initiativeId: IdSchema.describe('The initiative'),
    health: InitiativeHealthSchema,
    body: z.string().describe('Markdown narrative'),
    postedOn: RoadmapDateSchema.describe('Day posted'),
  })
  .describe('A health update');

function payload<E extends string, B extends z.ZodType, A extends z.ZodType>(entityType: E, before: B, after: A) {
  return z.strictObject({
    entityType: z.literal(entityType).describe(`Kind of record: ${entityType}`),
    before: before.describe(before.description ?? 'State before'),
    after: after.describe(after.description ?? 'State after'),
  });
}

/** The payload schema of each roadmap audit action (spread into AUDIT_PAYLOAD_SCHEMAS). */
export const ROADMAP_AUDIT_PAYLOAD_SCHEMAS = {
  'planning_settings.updated': payload('planning_settings', SettingsSnapshotSchema, SettingsSnapshotSchema),
  'initiative.created': payload('initiative', NOTHING, InitiativeSnapshotSchema),
  'initiative.updated': payload('initiative', InitiativeSnapshotSchema, InitiativeSnapshotSchema),
  'initiative.deleted': payload('initiative', InitiativeSnapshotSchema, NOTHING),
  'initiative_milestone.created': payload('initiative_milestone', NOTHING, MilestoneSnapshotSchema),
  'initiative_milestone.updated': payload('initiative_milestone', MilestoneSnapshotSchema, MilestoneSnapshotSchema),
  'initiative_milestone.deleted': payload('initiative_milestone', MilestoneSnapshotSchema, NOTHING),
  'initiative_dependency.created': payload('initiative_dependency', NOTHING, DependencySnapshotSchema),
  'initiative_dependency.updated': payload('initiative_dependency', DependencySnapshotSchema, DependencySnapshotSchema),
  'initiative_dependency.deleted': payload('initiative_dependency', DependencySnapshotSchema, NOTHING),
  'initiative_update.posted': payload('initiative_update', NOTHING, HealthUpdateSnapshotSchema),
} as const;
