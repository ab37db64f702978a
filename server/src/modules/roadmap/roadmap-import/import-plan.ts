// The dry run of a roadmap import (issue 9, item 10): a Jira or Asana CSV export read into what
// would be created, and every bad row named by its line, field and column. The core writes all or
// nothing: it creates the plan only when `errors` is empty. Pure: the owner lookup is passed in.
//
// What becomes what. Every row is an initiative, except: in Jira, an issue of type "Milestone"
// becomes a milestone (on its due date) of the issue it links to as parent or epic; in Asana, a
// subtask (a row with a "Parent task") becomes a milestone of its parent task, on its due date. A Jira
// issue whose parent or epic is another initiative in the file keeps that as its parent initiative
// (one not in the file is imported without a parent, with a warning). Asana sections become the
// initiative's group (shown, not stored). Fix versions carry no date in an export: they are not read.
// Imported milestones are internal (not fixed) dates.
//
// Checks: a title (the API's own limits), an owner (the assignee, found by e-mail or name through
// `resolveOwner`; an empty assignee takes `defaultOwnerId`), a start and an end date that are real
// dates, an end not before the start, a milestone inside its initiative's dates, an effort that is a
// number. Line endings in descriptions become LF; whitespace in titles collapses to single spaces.

import type { InitiativePriority, InitiativeStatus } from '@policyops/contracts';
import { readCsvTable, type CsvRow } from './csv-table.js';
import { findHeader, mapColumns, type ColumnMapping, type ImportField, type ImportFormat } from './import-formats.js';
import { issue, readRow, type Parsed } from './import-row.js';

export interface ImportOptions {
  /** Read as this format instead of detecting it. */
  format?: ImportFormat;
  /** Column per field by header name; null leaves a field out. */
  mapping?: Partial<Record<ImportField, string | null>>;
  /** The user id for an assignee, by e-mail or display name; null when there is none. */
  resolveOwner: (ref: { name: string | null; email: string | null }) => string | null;
  /** The owner of rows without an assignee (usually the importing user); absent: an error. */
  defaultOwnerId?: string | null;
  /** Most data rows accepted (default 5000). */
  maxRows?: number;
}

export interface PlannedInitiative {
  line: number;
  externalKey: string | null;
  title: string;
  description: string;
  ownerId: string;
  status: InitiativeStatus;
  priority: InitiativePriority;
  effortWeeks: number | null;
  start: string;
  end: string;
  /** The line of its parent initiative in this file. */
  parentLine: number | null;
  /** Asana section. */
  group: string | null;
}

export interface PlannedMilestone {
  line: number;
  externalKey: string | null;
  title: string;
  date: string;
  /** The line of its initiative in this file. */
  initiativeLine: number;
}

export interface ImportIssue {
  line: number;
  field: ImportField | 'file';
  /** The header of the column read, when there is one. */
  column: string | null;
  code: string;
  message: string;
  value: string | null;
}

export interface ImportPlan {
  format: ImportFormat | null;
  headerLine: number | null;
  mapping: ColumnMapping[];
  unmappedHeaders: string[];
  initiatives: PlannedInitiative[];
  milestones: PlannedMilestone[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
  summary: { rows: number; initiatives: number; milestones: number; errors: number; warnings: number };
}

const DEFAULT_MAX_ROWS = 5000;

/** Reads an export into an import plan; never throws for bad input (it is named in `errors`). */
export function planImport(input: string | Uint8Array, options: ImportOptions): ImportPlan {
  const table = readCsvTable(input);
  if (!table.ok)
    return failed(null, null, fileIssue(table.line, 'csv_malformed', `Not readable as CSV: ${table.message}`));
  const header = findHeader(table.rows, options.format);
  if (!header)
    return failed(
      null,
      null,
      fileIssue(table.rows[0]?.line ?? 1, 'unknown_format', 'Not a Jira or Asana CSV export: no header row found'),
    );
  const headerRow = table.rows[header.index]!;
  const { mapping, unknown, unmapped } = mapColumns(header.format, headerRow.cells, options.mapping);
  const dataRows = table.rows.slice(header.index + 1);
  const base = { format: header.format, headerLine: headerRow.line, mapping, unmappedHeaders: unmapped };
  if (unknown.length > 0)
    return finish(
      base,
      dataRows.length,
      [],
      [],
      unknown.map((u) =>
        issue(headerRow.line, u.field, u.header, 'unknown_column', `The file has no column "${u.header}"`, u.header),
      ),
      [],
    );
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  if (dataRows.length > maxRows)
    return finish(
      base,
      dataRows.length,
      [],
      [],
      [
        fileIssue(
          headerRow.line,
          'too_many_rows',
          `The file has ${dataRows.length} rows; import at most ${maxRows} at once`,
        ),
      ],
      [],
    );
  return readRows(base, dataRows, options);
}

type Base = Pick<ImportPlan, 'format' | 'headerLine' | 'mapping' | 'unmappedHeaders'> & { format: ImportFormat };

function readRows(base: Base, rows: CsvRow[], options: ImportOptions): ImportPlan {
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const columns = new Map(base.mapping.map((m) => [m.field, m]));
  const parsed = rows.map((row) => readRow(base.format, row, columns, options, errors, warnings));

  // Parents: Jira by issue key or id, Asana by task name.
  const byKey = new Map<string, Parsed[]>();
  const index = (key: string | null, p: Parsed) => {
    if (!key) return;
    const list = byKey.get(key);
    if (list) list.push(p);
    else byKey.set(key, [p]);
  };
  for (const p of parsed) {
    if (p.kind !== 'initiative') continue;
    if (base.format === 'jira') {
      index(p.externalKey, p);
      if (p.externalId !== p.externalKey) index(p.externalId, p);
    } else index(p.title, p);
  }
  const initiatives: PlannedInitiative[] = [];
  const milestones: PlannedMilestone[] = [];
  const parentColumn = columns.get('parent')?.header ?? columns.get('epic')?.header ?? null;
  for (const p of parsed) {
    const candidates = p.parentRef ? (byKey.get(p.parentRef) ?? []) : [];
    const parent = candidates.length === 1 ? candidates[0]! : null;
    if (p.kind === 'milestone') {
      if (!p.parentRef || !parent) {
        const message = !p.parentRef
          ? 'A milestone needs the initiative it belongs to'
          : candidates.length > 1
            ? `More than one row in this file is "${p.parentRef}"`
            : `No initiative "${p.parentRef}" in this file`;
        errors.push(
          issue(p.row.line, 'parent', parentColumn, p.parentRef ? 'unknown_parent' : 'missing', message, p.parentRef),
        );
        continue;
      }
      const owner = parent.initiative;
      if (p.milestoneDate && owner && (p.milestoneDate < owner.start || p.milestoneDate > owner.end)) {
        const message = `The milestone falls outside its initiative (${owner.start} to ${owner.end})`;
        errors.push(
          issue(p.row.line, 'end', columns.get('end')?.header ?? null, 'outside_initiative', message, p.milestoneDate),
        );
        continue;
      }
      if (p.valid && p.milestoneDate)
        milestones.push({
          line: p.row.line,
          externalKey: p.externalKey,
          title: p.title,
          date: p.milestoneDate,
          initiativeLine: parent.row.line,
        });
      continue;
    }
    if (p.parentRef && !parent)
      warnings.push(
        issue(
          p.row.line,
          'parent',
          parentColumn,
          'parent_not_in_file',
          `Parent "${p.parentRef}" is not in this file: imported without a parent`,
          p.parentRef,
        ),
      );
    if (p.valid && p.initiative)
      initiatives.push({ ...p.initiative, parentLine: parent && parent !== p ? parent.row.line : null });
  }
  errors.sort((a, b) => a.line - b.line);
  warnings.sort((a, b) => a.line - b.line);
  return finish(base, rows.length, initiatives, milestones, errors, warnings);
}

function fileIssue(line: number, code: string, message: string): ImportIssue {
  return issue(line, 'file', null, code, message, null);
}

function failed(format: ImportFormat | null, headerLine: number | null, error: ImportIssue): ImportPlan {
  return finish({ format, headerLine, mapping: [], unmappedHeaders: [] }, 0, [], [], [error], []);
}

function finish(
  base: Pick<ImportPlan, 'format' | 'headerLine' | 'mapping' | 'unmappedHeaders'>,
  rows: number,
  initiatives: PlannedInitiative[],
  milestones: PlannedMilestone[],
  errors: ImportIssue[],
  warnings: ImportIssue[],
): ImportPlan {
  return {
    ...base,
    initiatives,
    milestones,
    errors,
    warnings,
    summary: {
      rows,
      initiatives: initiatives.length,
      milestones: milestones.length,
      errors: errors.length,
      warnings: warnings.length,
    },
  };
}
