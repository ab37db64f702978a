import type { AuditCause } from '../audit/audit.service.js';
import { type DbScope } from '../../db/scope.js';

/** Shared state while the sample workspace loads: what earlier sections created, by key. */
export interface SampleContext {
  trx: DbScope;
  cause: AuditCause;
  people: Map<string, string>;
  teams: Map<string, string>;
  /** Ids of other records by key, for later sections, e.g. 'working-group:elections-integrity'. */
  records: Map<string, string>;
}

/**
 * One module's contribution to the sample workspace. Sections run in order inside one
 * transaction; each returns how many records of each kind it created.
 */
export interface SampleSection {
  name: string;
  load(ctx: SampleContext): Promise<Record<string, number>>;
}
