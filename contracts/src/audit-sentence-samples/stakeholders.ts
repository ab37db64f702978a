import type { AuditAction } from '../audit-actions.js';
import { id, type Sample } from './fixtures.js';

const contact = {
  kind: 'contact',
  userId: null,
  name: 'Inès Laurent',
  email: 'ines@counsel.example',
  function: 'legal',
  region: 'EMEA',
  team: null,
  organisation: 'Laurent Avocats',
  title: 'Outside counsel (DSA)',
  active: true,
  version: 1,
} as const;
const matrix = {
  kind: 'initiative',
  recordId: id(90),
  recordTitle: 'Label AI-generated media',
  version: 0,
  rows: [],
} as const;
const row = (n: number, role: string) => ({
  stakeholderId: id(n),
  name: `Person ${n}`,
  role,
  influence: 4,
  interest: null,
});

/** One sample event per audit action of the stakeholder directory (contacts, RACI, influence map). */
export const STAKEHOLDER_SAMPLES: Partial<Record<AuditAction, Sample[]>> = {
  'stakeholder.created': [
    {
      payload: { entityType: 'stakeholder', after: contact },
      says: 'Priya Raman added the contact "Inès Laurent" to the stakeholder directory',
    },
  ],
  'stakeholder.updated': [
    {
      payload: { entityType: 'stakeholder', before: contact, after: { ...contact, region: 'Global', version: 2 } },
      says: 'Priya Raman edited "Inès Laurent" in the stakeholder directory',
    },
    {
      payload: { entityType: 'stakeholder', before: contact, after: { ...contact, active: false, version: 2 } },
      says: 'Priya Raman deactivated the contact "Inès Laurent"',
    },
    {
      payload: {
        entityType: 'stakeholder',
        before: { ...contact, active: false, version: 2 },
        after: { ...contact, active: true, version: 3 },
      },
      says: 'Priya Raman reactivated the contact "Inès Laurent"',
    },
  ],
  'stakeholder_matrix.updated': [
    {
      payload: {
        entityType: 'stakeholder_matrix',
        before: matrix,
        after: { ...matrix, version: 1, rows: [row(91, 'A'), row(92, 'R')] },
      },
      says: 'Priya Raman saved the RACI of the initiative "Label AI-generated media" (2 people)',
    },
    {
      payload: {
        entityType: 'stakeholder_matrix',
        before: { ...matrix, kind: 'change_request', recordTitle: 'CR-12 · Clarify satire exception' },
        after: {
          ...matrix,
          kind: 'change_request',
          recordTitle: 'CR-12 · Clarify satire exception',
          version: 1,
          rows: [row(91, 'I')],
        },
      },
      says: 'Priya Raman saved the RACI of the change request "CR-12 · Clarify satire exception" (1 person)',
    },
  ],
};
