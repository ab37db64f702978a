import type { ImportVersionPlan, LibraryImportResult } from '@policyops/contracts';
import { describe, expect, it } from 'vitest';
import { toQueryString } from '../../lib/api';
import {
  formatFileError,
  hasSomethingToImport,
  importQuery,
  undecidedVersions,
  versionsToImport,
  willCreate,
} from './import-plan';

const version = (file: string, patch: Partial<ImportVersionPlan> = {}): ImportVersionPlan => ({
  file,
  label: '1.0',
  state: 'superseded',
  effectiveDate: '2024-01-01',
  chars: 1000,
  sections: 4,
  action: 'create',
  flag: null,
  decision: null,
  ...patch,
});

const flag = {
  reason: 'shrank' as const,
  message: 'Less than half as long as 2025-06-13.md',
  previousFile: 'cg/2025-06-13.md',
  previousChars: 1000,
  chars: 400,
  previousSections: 4,
  sections: 4,
};

const result = (
  versions: ImportVersionPlan[],
  totals: Partial<LibraryImportResult['totals']> = {},
): LibraryImportResult => ({
  dryRun: true,
  applied: false,
  areas: [],
  newSurfaces: [],
  newMarkets: [],
  policies: [
    { slug: 'cg', title: 'Community guidelines', area: 'Imported', action: 'append', restricted: false, versions },
  ],
  ignoredFiles: [],
  warnings: [],
  totals: {
    areas: 0,
    policies: 0,
    versions: versions.filter((v) => v.action === 'create').length,
    flagged: 0,
    pending: 0,
    ...totals,
  },
});

describe('importQuery', () => {
  it('sends each decision as a repeated confirm or skip parameter', () => {
    const query = importQuery(false, { 'cg/2026-07-14.md': 'confirm', 'b/1.md': 'skip', 'a/1.md': 'confirm' });
    expect(query).toEqual({ dryRun: 'false', confirm: ['a/1.md', 'cg/2026-07-14.md'], skip: ['b/1.md'] });
    expect(toQueryString(query)).toBe('?dryRun=false&confirm=a%2F1.md&confirm=cg%2F2026-07-14.md&skip=b%2F1.md');
  });

  it('asks for a dry run without decisions', () => {
    expect(toQueryString(importQuery(true, {}))).toBe('?dryRun=true');
  });
});

describe('decisions', () => {
  const plan = result([
    version('cg/2025-06-13.md', { action: 'unchanged' }),
    version('cg/2026-07-14.md', { flag, decision: 'pending' }),
    version('cg/2026-09-01.md'),
  ]);

  it('lists flagged versions until the page decides about them', () => {
    expect(undecidedVersions(plan, {}).map((v) => v.file)).toEqual(['cg/2026-07-14.md']);
    expect(undecidedVersions(plan, { 'cg/2026-07-14.md': 'skip' })).toEqual([]);
  });

  it('counts what the real import will write: a skipped flag is left out, unchanged text never counts', () => {
    expect(versionsToImport(plan, {})).toBe(2);
    expect(versionsToImport(plan, { 'cg/2026-07-14.md': 'confirm' })).toBe(2);
    expect(versionsToImport(plan, { 'cg/2026-07-14.md': 'skip' })).toBe(1);
    expect(willCreate(plan.policies[0]!.versions[0]!, { 'cg/2025-06-13.md': 'confirm' })).toBe(false);
  });

  it('has nothing to import when every version is already in the library', () => {
    const same = result([version('cg/2025-06-13.md', { action: 'unchanged' })]);
    expect(hasSomethingToImport(same, {})).toBe(false);
    expect(hasSomethingToImport(result([], { areas: 1 }), {})).toBe(true);
  });
});

describe('formatFileError', () => {
  it('names the file and line of a refused archive', () => {
    expect(
      formatFileError({
        path: 'community-guidelines/2023-02-30.md',
        line: 1,
        message: '2023-02-30 in the file name is not a calendar date',
      }),
    ).toBe('community-guidelines/2023-02-30.md, line 1: 2023-02-30 in the file name is not a calendar date');
    expect(formatFileError({ path: 'cg/2026-07-14.md', message: 'Shrank' })).toBe('cg/2026-07-14.md: Shrank');
    expect(formatFileError({ path: 'body', message: 'Not a zip archive' })).toBe('Not a zip archive');
  });
});
