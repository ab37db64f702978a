// One row of a roadmap import, read and checked on its own: the rules are in import-plan.ts.

import {
  EffortWeeksSchema,
  InitiativeDescriptionSchema,
  InitiativeTitleSchema,
  MilestoneTitleSchema,
  type InitiativeStatus,
} from '@policyops/contracts';
import type { ZodType } from 'zod';
import type { CsvRow } from './csv-table.js';
import { readImportDate } from './import-dates.js';
import {
  isSecondsColumn,
  SECONDS_PER_PERSON_WEEK,
  type ColumnMapping,
  type ImportField,
  type ImportFormat,
} from './import-formats.js';
import type { ImportIssue, ImportOptions, PlannedInitiative } from './import-plan.js';
import { readJiraStatus, readPriority } from './import-values.js';

/** One data row, read and checked on its own (parents are resolved once all rows are read). */
export interface Parsed {
  row: CsvRow;
  kind: 'initiative' | 'milestone';
  externalKey: string | null;
  externalId: string | null;
  title: string;
  parentRef: string | null;
  initiative?: Omit<PlannedInitiative, 'parentLine'>;
  milestoneDate?: string;
  valid: boolean;
}

export function readRow(
  format: ImportFormat,
  row: CsvRow,
  columns: Map<ImportField, ColumnMapping>,
  options: ImportOptions,
  errors: ImportIssue[],
  warnings: ImportIssue[],
): Parsed {
  const headerOf = (field: ImportField) => columns.get(field)?.header ?? null;
  const cell = (field: ImportField) => {
    const column = columns.get(field)?.column;
    return column === null || column === undefined ? '' : (row.cells[column] ?? '').trim();
  };
  let valid = true;
  const fail = (field: ImportField, code: string, message: string, value: string | null = cell(field)) => {
    errors.push(issue(row.line, field, headerOf(field), code, message, value));
    valid = false;
  };
  const checked = <T>(schema: ZodType<T>, field: ImportField, value: unknown, code: string): T | null => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    fail(field, code, result.error.issues[0]?.message ?? 'Not valid');
    return null;
  };
  const isMilestone = format === 'jira' ? cell('type').toLowerCase() === 'milestone' : cell('parent') !== '';
  const title = cell('title').replace(/\s+/g, ' ');
  const base = {
    row,
    externalKey: cell('externalKey') || null,
    externalId: cell('externalId') || null,
    title,
    parentRef: cell('parent') || cell('epic') || null,
  };
  const readDate = (field: 'start' | 'end', required: string) => {
    const reading = readImportDate(cell(field));
    if (reading === null) fail(field, 'missing', required);
    else if (!reading.ok) fail(field, 'bad_date', reading.message);
    return reading?.ok ? reading.date : null;
  };

  if (isMilestone) {
    checked(MilestoneTitleSchema, 'title', title, title === '' ? 'missing' : 'invalid');
    const date = readImportDate(cell('end')) ?? readImportDate(cell('start'));
    const field = cell('end') !== '' ? 'end' : 'start';
    let milestoneDate: string | undefined;
    if (date === null) fail('end', 'missing', 'A milestone needs a due date');
    else if (!date.ok) fail(field, 'bad_date', date.message);
    else milestoneDate = date.date;
    return { ...base, kind: 'milestone', milestoneDate, valid };
  }

  checked(InitiativeTitleSchema, 'title', title, title === '' ? 'missing' : 'invalid');
  const description = checked(
    InitiativeDescriptionSchema,
    'description',
    cell('description').replace(/\r\n?/g, '\n'),
    'invalid',
  );
  const ownerId = readOwner(cell('owner'), cell('ownerEmail'), options, fail);
  const start = readDate('start', `No start date${headerOf('start') ? '' : ': map a column to Start'}`);
  const end = readDate('end', `No end date${headerOf('end') ? '' : ': map a column to End'}`);
  if (start && end && end < start) fail('end', 'end_before_start', `Ends (${end}) before it starts (${start})`);

  let status: InitiativeStatus;
  if (format === 'asana') status = cell('completedAt') !== '' ? 'done' : 'planned';
  else {
    const read = readJiraStatus(cell('status'));
    status = read.status;
    if (!read.known)
      warnings.push(
        issue(
          row.line,
          'status',
          headerOf('status'),
          'unknown_status',
          `Status "${cell('status')}" read as planned`,
          cell('status'),
        ),
      );
  }
  const priorityRead = readPriority(cell('priority'));
  if (!priorityRead.known)
    warnings.push(
      issue(
        row.line,
        'priority',
        headerOf('priority'),
        'unknown_priority',
        `Priority "${cell('priority')}" read as P2`,
        cell('priority'),
      ),
    );

  let effortWeeks: number | null = null;
  if (cell('effort') !== '') {
    const number = Number(cell('effort').replace(/,/g, ''));
    if (!Number.isFinite(number)) fail('effort', 'invalid', `Not a number: ${cell('effort')}`);
    else {
      const weeks = isSecondsColumn(headerOf('effort') ?? '') ? number / SECONDS_PER_PERSON_WEEK : number;
      effortWeeks = checked(EffortWeeksSchema, 'effort', Math.round(weeks * 100) / 100, 'invalid');
    }
  }
  return {
    ...base,
    kind: 'initiative',
    valid,
    initiative:
      valid && ownerId && start && end
        ? {
            line: row.line,
            externalKey: base.externalKey,
            title,
            description: description ?? '',
            ownerId,
            status,
            priority: priorityRead.priority,
            effortWeeks,
            start,
            end,
            group: cell('group') || null,
          }
        : undefined,
  };
}

function readOwner(
  name: string,
  email: string,
  options: ImportOptions,
  fail: (field: ImportField, code: string, message: string, value?: string | null) => void,
): string | null {
  const emailRef = email || (name.includes('@') ? name : '');
  if (!name && !emailRef) {
    if (options.defaultOwnerId) return options.defaultOwnerId;
    fail('owner', 'missing', 'No assignee to own it');
    return null;
  }
  const ownerId = options.resolveOwner({ name: name || null, email: emailRef || null });
  if (!ownerId) {
    const who = name || emailRef;
    fail(email && !name ? 'ownerEmail' : 'owner', 'unknown_owner', `No user "${who}" in this workspace`, who);
  }
  return ownerId;
}

export function issue(
  line: number,
  field: ImportIssue['field'],
  column: string | null,
  code: string,
  message: string,
  value: string | null,
): ImportIssue {
  return { line, field, column, code, message, value };
}
