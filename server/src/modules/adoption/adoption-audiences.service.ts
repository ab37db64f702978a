import type {
  AdoptionAudience,
  AdoptionAudienceCreate,
  AdoptionAudienceList,
  AdoptionAudienceListQuery,
  AdoptionAudienceUpdate,
} from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import { type DbScope, inTransaction } from '../../db/scope.js';
import { authorize, can, type Actor } from '../../http/actor.js';
import { notFound, versionConflict } from '../../http/app-error.js';
import type { AuditService } from '../audit/audit.service.js';
import * as repo from './adoption.repository.js';
import type { AudienceRow } from './adoption.repository.js';

const AUDIENCE = 'This audience';

export function audienceView(row: AudienceRow): AdoptionAudience {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as AdoptionAudience['kind'],
    headcount: row.headcount,
    contactEmail: row.contact_email,
    active: row.active === 1,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function snapshot(row: AudienceRow) {
  return {
    name: row.name,
    kind: row.kind as AdoptionAudience['kind'],
    headcount: row.headcount,
    contactEmail: row.contact_email,
    active: row.active === 1,
    version: row.version,
  };
}

/** The workspace's audience directory: moderation sites, vendor teams and regional teams. */
export class AdoptionAudiencesService {
  constructor(
    private readonly db: DbScope,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, query: AdoptionAudienceListQuery): Promise<AdoptionAudienceList> {
    authorize(actor, 'change_requests.read');
    const rows = await repo.listAudiences(this.db, query);
    return { items: rows.map(audienceView), abilities: { manage: can(actor, 'change_requests.manage') } };
  }

  async create(actor: Actor, input: AdoptionAudienceCreate): Promise<AdoptionAudience> {
    authorize(actor, 'change_requests.manage');
    return inTransaction(this.db, async (trx) => {
      const now = new Date().toISOString();
      const row: AudienceRow = {
        id: uuidv7(),
        name: input.name,
        kind: input.kind,
        headcount: input.headcount,
        contact_email: input.contactEmail,
        active: input.active ? 1 : 0,
        version: 1,
        created_at: now,
        updated_at: now,
      };
      await repo.insertAudience(trx, row);
      await this.audit.record(trx, actor, {
        action: 'adoption_audience.created',
        entityType: 'adoption_audience',
        entityId: row.id,
        after: snapshot(row),
      });
      return audienceView(row);
    });
  }

  /** Throws NOT_FOUND, VERSION_CONFLICT. */
  async update(actor: Actor, id: string, input: AdoptionAudienceUpdate): Promise<AdoptionAudience> {
    authorize(actor, 'change_requests.manage');
    return inTransaction(this.db, async (trx) => {
      const before = await repo.findAudience(trx, id);
      if (!before) throw notFound('The audience');
      if (before.version !== input.version) throw versionConflict(AUDIENCE, before.version);
      const after: AudienceRow = {
        ...before,
        name: input.name ?? before.name,
        kind: input.kind ?? before.kind,
        headcount: input.headcount ?? before.headcount,
        contact_email: input.contactEmail ?? before.contact_email,
        active: input.active === undefined ? before.active : input.active ? 1 : 0,
        updated_at: new Date().toISOString(),
      };
      if (!(await repo.updateAudienceVersioned(trx, id, before.version, after)))
        throw versionConflict(AUDIENCE, before.version + 1);
      const saved = { ...after, version: before.version + 1 };
      await this.audit.record(trx, actor, {
        action: 'adoption_audience.updated',
        entityType: 'adoption_audience',
        entityId: id,
        before: snapshot(before),
        after: snapshot(saved),
      });
      return audienceView(saved);
    });
  }

  /** Campaigns keep their own copy, so removing an audience from the directory changes none. */
  async remove(actor: Actor, id: string, version: number): Promise<void> {
    authorize(actor, 'change_requests.manage');
    await inTransaction(this.db, async (trx) => {
      const before = await repo.findAudience(trx, id);
      if (!before) throw notFound('The audience');
      if (before.version !== version || !(await repo.deleteAudienceVersioned(trx, id, version)))
        throw versionConflict(AUDIENCE, before.version);
      await this.audit.record(trx, actor, {
        action: 'adoption_audience.deleted',
        entityType: 'adoption_audience',
        entityId: id,
        before: snapshot(before),
      });
    });
  }
}
