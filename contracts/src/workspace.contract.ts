import { z } from 'zod';
import { TimestampSchema } from './common.contract.js';

export const SampleWorkspaceStatusSchema = z.object({
  loaded: z.boolean().describe('True once the sample workspace has been loaded'),
  loadedAt: TimestampSchema.nullable(),
  sections: z.array(z.string()).describe('Modules that contribute sample data'),
});
export type SampleWorkspaceStatus = z.infer<typeof SampleWorkspaceStatusSchema>;

export const SampleWorkspaceLoadedSchema = z.object({
  created: z.record(z.string(), z.number().int()).describe('Records created, by kind'),
});
export type SampleWorkspaceLoaded = z.infer<typeof SampleWorkspaceLoadedSchema>;

export const HealthSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
  database: z.enum(['sqlite', 'postgres']).optional(),
});
