import { describe, expect, it } from 'vitest';
import {
  MatrixPutSchema,
  StakeholderContactCreateSchema,
  StakeholderListQuerySchema,
  StakeholderUpdateSchema,
} from './stakeholders.contract.js';

const id = '01900000-0000-7000-8000-000000000001';

describe('stakeholder contracts', () => {
  it('normalises a contact: trimmed name, lower-case e-mail, empty notes by default', () => {
    expect(StakeholderContactCreateSchema.parse({ name: '  Ana Souza ', email: 'Ana@Example.COM' })).toMatchObject({
      name: 'Ana Souza',
      email: 'ana@example.com',
      notes: '',
    });
  });
  it('refuses an unknown function, an over-long region and an empty name', () => {
    for (const bad of [{ name: 'x', function: 'hr' }, { name: 'x', region: 'r'.repeat(41) }, { name: '  ' }])
      expect(StakeholderContactCreateSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
  it('reads active=true/false from the query string and refuses anything else', () => {
    expect(StakeholderListQuerySchema.parse({ active: 'false' }).active).toBe(false);
    expect(StakeholderListQuerySchema.parse({}).limit).toBe(50);
    expect(StakeholderListQuerySchema.safeParse({ active: 'yes' }).success).toBe(false);
  });
  it('needs a version to update', () => {
    expect(StakeholderUpdateSchema.safeParse({ region: 'EMEA' }).success).toBe(false);
  });
  it('takes a whole matrix from version 0, with scores 1-5 or null', () => {
    const parsed = MatrixPutSchema.parse({ version: 0, rows: [{ stakeholderId: id, role: 'A' }] });
    expect(parsed.rows[0]).toEqual({ stakeholderId: id, role: 'A', influence: null, interest: null });
    expect(
      MatrixPutSchema.safeParse({ version: 0, rows: [{ stakeholderId: id, role: 'A', interest: 0 }] }).success,
    ).toBe(false);
    expect(MatrixPutSchema.safeParse({ version: 0, rows: [{ stakeholderId: id, role: 'X' }] }).success).toBe(false);
    expect(MatrixPutSchema.safeParse({ version: -1, rows: [] }).success).toBe(false);
  });
});
