import { describe, expect, it } from 'vitest';
import type { PlannedVersion } from './import-plan.js';
import { labelAllocator, newestPublished, planPolicyVersions, type ExistingVersion } from './import-versions.js';

const long = (words: number) => `# Policy\n\n${'word '.repeat(words)}`;
const existing = (label: string, state: string, date: string | null, body = long(100)): ExistingVersion => ({
  label,
  state,
  effective_date: date,
  body,
});
const file = (date: string, body: string, label?: string): PlannedVersion => ({
  file: `p/${date}.md`,
  label: label ?? '1.0',
  labelGiven: label !== undefined,
  state: 'live',
  effectiveDate: date,
  body,
  summary: '',
  author: null,
  approver: null,
  changelog: null,
  marketDates: {},
  anchors: null,
});
const none = { confirmed: new Set<string>(), skipped: new Set<string>() };

describe('newestPublished', () => {
  it('takes the latest effective date whatever the order, ignoring open versions', () => {
    const versions = [
      existing('1.3', 'draft', null),
      existing('1.2', 'live', '2024-01-01'),
      existing('1.1', 'superseded', '2025-01-01'),
      existing('1.0', 'superseded', '2023-01-01'),
    ];
    expect(newestPublished(versions)?.label).toBe('1.1');
    expect(newestPublished([existing('1.0', 'draft', null)])).toBeUndefined();
  });
});

describe('labelAllocator', () => {
  it('continues after the greatest label, skips labels given later in the archive, and follows given ones', () => {
    const labels = labelAllocator(['1.0', '1.9', '1.10'], ['1.12']);
    expect(labels.next(null)).toBe('1.11');
    expect(labels.next(null)).toBe('1.13');
    expect(labels.next('2.0')).toBe('2.0');
    expect(labels.next(null)).toBe('2.1');
  });

  it('starts at 1.0 for a new policy', () => {
    expect(labelAllocator([], []).next(null)).toBe('1.0');
  });
});

describe('planPolicyVersions', () => {
  it('compares a new file with the newest published version, not the oldest or an open draft', () => {
    const library = [
      existing('1.2', 'draft', null, long(10)),
      existing('1.1', 'live', '2025-01-01', long(400)),
      existing('1.0', 'superseded', '2024-01-01', long(100)),
    ];
    const { plans } = planPolicyVersions('p', [file('2026-01-01', long(150))], library, none);
    expect(plans[0]).toMatchObject({
      label: '1.3',
      decision: 'pending',
      flag: { previousFile: 'version 1.1 in the library' },
    });
  });

  it('leaves identical files unchanged without letting them stand in for the newest version', () => {
    const library = [existing('1.1', 'live', '2025-01-01', long(400)), existing('1.0', 'superseded', '2024-01-01')];
    const { plans, writes } = planPolicyVersions(
      'p',
      [file('2024-01-01', long(100)), file('2026-01-01', long(150))],
      library,
      none,
    );
    expect(plans.map((p) => [p.action, p.label, p.flag?.previousFile ?? null])).toEqual([
      ['unchanged', '1.0', null],
      ['create', '1.2', 'version 1.1 in the library'],
    ]);
    expect(writes.map((w) => w.label)).toEqual(['1.2']);
  });

  it('refuses a file dated before the newest published version and a label the library already uses', () => {
    const library = [existing('1.1', 'live', '2025-01-01'), existing('1.0', 'superseded', '2023-01-01')];
    expect(() => planPolicyVersions('p', [file('2024-06-01', long(120))], library, none)).toThrow(
      /in force up to 2025-01-01/,
    );
    expect(() => planPolicyVersions('p', [file('2026-01-01', long(120), '1.0')], library, none)).toThrow(
      /already has a different version 1\.0/,
    );
  });
});
