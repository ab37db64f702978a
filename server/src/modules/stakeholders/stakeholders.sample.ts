import type { MatrixRecordKind, RaciRole, StakeholderContactCreate, TeamFunction } from '@policyops/contracts';
import type { Actor } from '../../http/actor.js';
import type { AuditService } from '../audit/audit.service.js';
import { LinkedRecords } from '../links/linked-records.js';
import type { SampleSection } from '../workspace/sample-section.js';
import { StakeholderMatrixService } from './stakeholder-matrix.service.js';
import { StakeholdersService } from './stakeholders.service.js';
import { changeRequestIdsByTitle, initiativeIdsByTitle } from './stakeholders.sample.repository.js';

export interface StakeholdersSampleDeps {
  audit: AuditService;
}

const contact = (name: string, fn: TeamFunction, region: string, title: string, organisation?: string) => ({
  name,
  function: fn,
  region,
  title,
  organisation: organisation ?? null,
});

/** Contacts without accounts (sample story, item 1), by key. */
export const SAMPLE_CONTACTS: Record<string, StakeholderContactCreate> = {
  ana: contact('Ana Souza', 'regional', 'LATAM', 'External election counsel', 'Souza & Lima Advogados'),
  wei: contact('Wei Zhang', 'global_business', 'APAC', 'Creator partnerships'),
  ines: contact('Inès Laurent', 'legal', 'EMEA', 'Outside counsel (DSA)', 'Laurent Avocats'),
  kwame: contact('Kwame Boateng', 'moderation_ops', 'EMEA', 'Vendor site lead, Accra', 'Vendor A'),
  rosa: contact('Rosa Jiménez', 'comms', 'Global', 'Elections comms lead'),
  tom: contact('Tom Becker', 'engineering', 'Global', 'Classifier platform'),
};

/** Regions of accounts whose first team says where they work. */
const ACCOUNT_REGIONS: Record<string, string> = { sofia: 'EMEA' };

type Row = [key: string, role: RaciRole, influence: number | null, interest: number | null];

/** RACI and influence × interest of two sample initiatives and one CR, by title. */
export const SAMPLE_MATRICES: { kind: MatrixRecordKind; title: string; rows: Row[] }[] = [
  {
    kind: 'initiative',
    title: 'AI-generated content labelling policy',
    rows: [
      ['priya', 'A', 5, 5],
      ['kenji', 'R', 3, 5],
      ['david', 'R', 4, 4],
      ['olivia', 'C', 4, 2],
      ['marco', 'C', 2, 4],
      ['tom', 'C', 2, 3],
      ['wei', 'I', 3, 2],
      ['grace', 'I', 1, 2],
      ['rosa', 'I', null, null],
    ],
  },
  {
    kind: 'initiative',
    title: 'Election integrity readiness for national elections',
    rows: [
      ['amara', 'A', 5, 4],
      ['fatima', 'R', 3, 5],
      ['sofia', 'R', 3, 4],
      ['ana', 'C', 4, 3],
      ['olivia', 'C', 4, 2],
      ['rosa', 'I', 2, 4],
      ['ines', 'I', 2, 1],
    ],
  },
  {
    kind: 'change_request',
    title: 'Label AI-generated election content in India',
    rows: [
      ['kenji', 'A', 4, 5],
      ['olivia', 'C', 5, 3],
      ['david', 'R', 3, 4],
      ['ines', 'C', 3, 2],
      ['tom', 'I', null, 3],
    ],
  },
];

/**
 * The stakeholder directory of the sample workspace (sample story, item 1): every sample account's
 * row (function and team from its first team), six contacts, and RACI matrices. Ids go into
 * ctx.records as `stakeholder:<key>` for the later governance sections.
 */
export function stakeholdersSample(deps: StakeholdersSampleDeps): SampleSection {
  return {
    name: 'Stakeholders',
    async load(ctx) {
      const directory = new StakeholdersService(ctx.trx, deps.audit);
      const matrices = new StakeholderMatrixService(ctx.trx, directory, new LinkedRecords(), deps.audit);
      const admin: Actor = {
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
      await directory.syncAccounts(ctx.trx);
      for (const [key, userId] of ctx.people) {
        const summary = await directory.forUser(ctx.trx, userId);
        ctx.records.set(`stakeholder:${key}`, summary.id);
        const region = ACCOUNT_REGIONS[key];
        if (region) {
          const entry = await directory.get(admin, summary.id);
          await directory.update(admin, summary.id, { version: entry.version, region });
        }
      }
      for (const [key, input] of Object.entries(SAMPLE_CONTACTS)) {
        const created = await directory.createContact(admin, input);
        ctx.records.set(`stakeholder:${key}`, created.id);
      }

      const initiatives = await initiativeIdsByTitle(
        ctx.trx,
        SAMPLE_MATRICES.filter((m) => m.kind === 'initiative').map((m) => m.title),
      );
      const crs = await changeRequestIdsByTitle(
        ctx.trx,
        SAMPLE_MATRICES.filter((m) => m.kind === 'change_request').map((m) => m.title),
      );
      let saved = 0;
      for (const spec of SAMPLE_MATRICES) {
        const recordId = (spec.kind === 'initiative' ? initiatives : crs).get(spec.title);
        if (!recordId) continue;
        const rows = spec.rows.flatMap(([key, role, influence, interest]) => {
          const stakeholderId = ctx.records.get(`stakeholder:${key}`);
          return stakeholderId ? [{ stakeholderId, role, influence, interest }] : [];
        });
        const current = await matrices.get(admin, spec.kind, recordId);
        await matrices.put(admin, spec.kind, recordId, { version: current.version, rows });
        saved += 1;
      }
      return {
        stakeholders: ctx.people.size + Object.keys(SAMPLE_CONTACTS).length,
        stakeholderMatrices: saved,
      };
    },
  };
}
