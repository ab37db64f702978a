import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planImport, type ImportOptions } from './import-plan.js';

// Fixtures use the real export headers (../shared/data/pm-export-formats/jira_asana_csv_headers.md):
// the Jira Cloud "all fields" header with its repeated and "Σ" columns, written with a BOM and CRLF
// line ends; the Asana project header with LF; and the Google-Sheets Asana variant with its preamble.
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

const USERS: Record<string, string> = {
  'ada lovelace': 'u-ada',
  'grace hopper': 'u-grace',
  'ada@example.org': 'u-ada',
  'grace@example.org': 'u-grace',
};
const options: ImportOptions = {
  resolveOwner: ({ name, email }) => (email && USERS[email]) || (name && USERS[name.toLowerCase()]) || null,
  defaultOwnerId: 'u-importer',
};

describe('planImport: Jira Cloud CSV (all fields)', () => {
  const plan = planImport(fixture('jira-cloud-all-fields.csv'), options);

  it('detects the format and maps the columns it knows', () => {
    expect(plan.format).toBe('jira');
    expect(plan.headerLine).toBe(1);
    const mapped = Object.fromEntries(plan.mapping.map((m) => [m.field, m.header]));
    expect(mapped).toMatchObject({
      title: 'Summary',
      externalKey: 'Issue key',
      type: 'Issue Type',
      status: 'Status',
      owner: 'Assignee',
      start: 'Custom field (Start date)',
      end: 'Due date',
      effort: 'Original Estimate',
      epic: 'Custom field (Epic Link)',
      parent: null,
    });
    expect(plan.mapping.find((m) => m.field === 'title')).toEqual({
      field: 'title',
      header: 'Summary',
      column: 0,
      source: 'detected',
    });
    expect(plan.unmappedHeaders).toContain('Σ Original Estimate');
    expect(plan.unmappedHeaders.filter((h) => h === 'Comment')).toHaveLength(1);
  });

  it('plans the initiatives, keeping quoted commas, quotes and line breaks, by the line each row starts on', () => {
    expect(plan.initiatives).toEqual([
      {
        line: 2,
        externalKey: 'POL-1',
        title: 'Refresh hate speech policy, phase 2',
        description: 'Scope:\n- slurs, "reclaimed" terms\n- coded language',
        ownerId: 'u-ada',
        status: 'in_progress',
        priority: 'p1',
        effortWeeks: 10,
        start: '2026-07-01',
        end: '2026-09-30',
        parentLine: null,
        group: null,
      },
      {
        line: 6,
        externalKey: 'POL-2',
        title: 'Age assurance for minors',
        description: '',
        ownerId: 'u-grace',
        status: 'planned',
        priority: 'p2',
        effortWeeks: null,
        start: '2026-10-01',
        end: '2026-12-31',
        parentLine: null,
        group: null,
      },
      expect.objectContaining({
        line: 11,
        externalKey: 'POL-7',
        ownerId: 'u-importer',
        status: 'done',
        priority: 'p3',
        parentLine: 2,
      }),
    ]);
  });

  it('plans a Milestone issue as a milestone of the epic it links to', () => {
    expect(plan.milestones).toEqual([
      { line: 7, externalKey: 'POL-3', title: 'Draft to Legal', date: '2026-08-14', initiativeLine: 2 },
    ]);
  });

  it('names each bad row with its line, field and column', () => {
    expect(plan.errors.map((e) => [e.line, e.field, e.code, e.column, e.value])).toEqual([
      [8, 'owner', 'unknown_owner', 'Assignee', 'Mallory Unknown'],
      [8, 'start', 'bad_date', 'Custom field (Start date)', '2026-13-01'],
      [9, 'end', 'end_before_start', 'Due date', '01/Nov/26'],
      [10, 'title', 'missing', 'Summary', ''],
    ]);
    expect(plan.errors[0]!.message).toBe('No user "Mallory Unknown" in this workspace');
    expect(plan.errors[3]!.message).toBe('Give the initiative a title');
    expect(plan.summary).toEqual({ rows: 7, initiatives: 3, milestones: 1, errors: 4, warnings: 0 });
  });
});

describe('planImport: Asana CSV', () => {
  const plan = planImport(fixture('asana-project.csv'), options);

  it('plans tasks as initiatives, with the section as their group and the owner by e-mail', () => {
    expect(plan.format).toBe('asana');
    expect(plan.initiatives).toEqual([
      {
        line: 2,
        externalKey: '1204000000000001',
        title: 'Transparency report, H2',
        description: 'DSA Art. 15 report.\nTables: "actions", appeals',
        ownerId: 'u-ada',
        status: 'planned',
        priority: 'p2',
        effortWeeks: null,
        start: '2026-07-01',
        end: '2026-09-30',
        parentLine: null,
        group: 'FY27 Q1',
      },
      expect.objectContaining({ line: 4, title: 'Violent extremism glossary', ownerId: 'u-grace', status: 'done' }),
    ]);
  });

  it('plans subtasks as milestones of their parent task, by its name', () => {
    expect(plan.milestones).toEqual([
      { line: 5, externalKey: '1204000000000003', title: 'Publish report', date: '2026-09-15', initiativeLine: 2 },
    ]);
  });

  it('names an unknown parent and a date it will not guess', () => {
    expect(plan.errors.map((e) => [e.line, e.field, e.code, e.value])).toEqual([
      [6, 'parent', 'unknown_parent', 'No such task'],
      [7, 'end', 'bad_date', '09/15/2026'],
    ]);
  });

  it('finds the header below the preamble of a Google-Sheets export', () => {
    const sheets = planImport(fixture('asana-google-sheets.csv'), options);
    expect(sheets.headerLine).toBe(4);
    expect(sheets.errors).toEqual([]);
    expect(sheets.initiatives.map((i) => [i.line, i.title])).toEqual([[5, 'Transparency report, H2']]);
  });
});

describe('planImport: mapping and bad files', () => {
  it('takes a mapping override, and names an override to a column the file lacks', () => {
    const plan = planImport(fixture('jira-cloud-all-fields.csv'), {
      ...options,
      mapping: { start: 'Created', effort: null },
    });
    expect(plan.mapping.find((m) => m.field === 'start')).toMatchObject({ header: 'Created', source: 'override' });
    expect(plan.initiatives[0]).toMatchObject({ start: '2024-05-11', effortWeeks: null });
    const bad = planImport(fixture('jira-cloud-all-fields.csv'), { ...options, mapping: { start: 'Begin' } });
    expect(bad.errors).toEqual([
      {
        line: 1,
        field: 'start',
        column: 'Begin',
        code: 'unknown_column',
        message: 'The file has no column "Begin"',
        value: 'Begin',
      },
    ]);
    expect(bad.initiatives).toEqual([]);
  });

  it('names a CSV that does not parse, with its line', () => {
    const plan = planImport('Summary,Issue key\r\n"Unclosed,POL-1\r\n', options);
    expect(plan.errors).toMatchObject([{ line: 2, field: 'file', code: 'csv_malformed' }]);
  });

  it('names a file that is neither export', () => {
    const plan = planImport('a,b\n1,2\n', options);
    expect(plan.errors).toMatchObject([{ line: 1, field: 'file', code: 'unknown_format' }]);
  });

  it('refuses more rows than allowed', () => {
    const plan = planImport(fixture('asana-project.csv'), { ...options, maxRows: 2 });
    expect(plan.errors).toMatchObject([{ field: 'file', code: 'too_many_rows' }]);
    expect(plan.initiatives).toEqual([]);
  });

  it('reads a BOM, quoted newlines and a missing owner without a default', () => {
    const csv =
      '\uFEFFTask ID,Created At,Completed At,Last Modified,Name,Section/Column,Assignee,Assignee Email,Start Date,Due Date,Tags,Notes,Projects,Parent task\n' +
      '1,2026-01-01,,,"Line one\nline two, still the name",,,,2026-07-01,2026-07-31,,,,\n';
    const plan = planImport(csv, { resolveOwner: () => null });
    expect(plan.format).toBe('asana');
    expect(plan.errors.map((e) => [e.line, e.field, e.code])).toEqual([[2, 'owner', 'missing']]);
  });
});

describe('planImport: Jira rows built on the real header', () => {
  const header = fixture('jira-cloud-all-fields.csv')
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n')[0]!;
  const columns = header.split(',');
  const jiraCsv = (rows: Record<string, string>[]) =>
    [header, ...rows.map((row) => columns.map((c, i) => (columns.indexOf(c) === i ? (row[c] ?? '') : '')).join(','))]
      .join('\r\n')
      .concat('\r\n');
  const issue = (key: string, extra: Record<string, string>) => ({
    Summary: `Issue ${key}`,
    'Issue key': key,
    'Issue id': key.replace('POL-', '2000'),
    'Issue Type': 'Story',
    Assignee: 'Ada Lovelace',
    'Custom field (Start date)': '01/Jul/26',
    'Due date': '30/Sep/26',
    ...extra,
  });

  it('names a milestone outside its initiative and warns of a parent not in the file or an unknown status', () => {
    const plan = planImport(
      jiraCsv([
        issue('POL-1', { 'Issue Type': 'Epic' }),
        issue('POL-2', { 'Issue Type': 'Milestone', 'Due date': '15/Oct/26', 'Custom field (Epic Link)': 'POL-1' }),
        issue('POL-3', { 'Custom field (Epic Link)': 'POL-99', Status: 'Awaiting Legal' }),
      ]),
      options,
    );
    expect(plan.errors.map((e) => [e.line, e.field, e.code])).toEqual([[3, 'end', 'outside_initiative']]);
    expect(plan.warnings.map((w) => [w.line, w.field, w.code])).toEqual([
      [4, 'status', 'unknown_status'],
      [4, 'parent', 'parent_not_in_file'],
    ]);
    expect(plan.initiatives.map((i) => [i.externalKey, i.parentLine, i.status])).toEqual([
      ['POL-1', null, 'planned'],
      ['POL-3', null, 'planned'],
    ]);
  });

  it('reads effort in seconds from Original Estimate, and refuses one that is not a number', () => {
    const plan = planImport(
      jiraCsv([
        issue('POL-1', { 'Original Estimate': '216000' }),
        issue('POL-2', { 'Original Estimate': 'two weeks' }),
      ]),
      options,
    );
    expect(plan.initiatives.map((i) => i.effortWeeks)).toEqual([1.5]);
    expect(plan.errors.map((e) => [e.line, e.field, e.code, e.column])).toEqual([
      [3, 'effort', 'invalid', 'Original Estimate'],
    ]);
  });
});
