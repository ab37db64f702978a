import { z } from 'zod';
import { CursorQuerySchema, IdSchema, TimestampSchema, pageOf } from './common.contract.js';
import {
  InitiativeHealthSchema,
  RoadmapDateSchema,
  RoadmapPersonSchema,
  UpdateScheduleSchema,
} from './roadmap.contract.js';

export const HealthUpdateBodySchema = z
  .string()
  .trim()
  .min(1, 'Say how it is going')
  .max(20000, 'Use at most 20000 characters')
  .describe('Markdown narrative (required); mention someone with @[Name](mention:<user id>)');

export const HealthUpdateSchema = z.object({
  id: IdSchema,
  initiativeId: IdSchema,
  health: InitiativeHealthSchema,
  body: z.string().describe('Markdown narrative'),
  author: RoadmapPersonSchema.nullable().describe('Who posted it'),
  postedOn: RoadmapDateSchema.describe('The day it was posted (UTC), what update-due counts'),
  createdAt: TimestampSchema,
});
export type HealthUpdate = z.infer<typeof HealthUpdateSchema>;

export const HealthUpdateCreateSchema = z.object({
  health: InitiativeHealthSchema,
  body: HealthUpdateBodySchema,
});
export type HealthUpdateCreate = z.infer<typeof HealthUpdateCreateSchema>;

export const HealthUpdatePageSchema = pageOf(HealthUpdateSchema);
export type HealthUpdatePage = z.infer<typeof HealthUpdatePageSchema>;

export const HealthUpdateListQuerySchema = CursorQuerySchema;

export const HealthUpdatePostedSchema = z.object({
  update: HealthUpdateSchema,
  schedule: UpdateScheduleSchema.describe("The initiative's update schedule after this update"),
});
export type HealthUpdatePosted = z.infer<typeof HealthUpdatePostedSchema>;
