// The two export formats the roadmap import reads, and how their columns map onto an initiative.
// Headers as the tools write them: ../shared/data/pm-export-formats/jira_asana_csv_headers.md.
//
// Jira: one row per issue. "Summary" is the title, "Custom field (Start date)" and "Due date" the
// dates, "Original Estimate" the effort (Jira writes seconds; a 40-hour person-week), "Parent id" or
// the epic link the parent. Asana: one row per task; "Name", "Start Date", "Due Date", "Assignee"
// and "Assignee Email", "Section/Column", "Parent task" (the parent's name). Repeated columns
// (Jira's Comment ×17, Watchers ×3) map by their first occurrence. Header names match without
// regard to case or surrounding spaces.

import { ROADMAP_IMPORT_FIELDS, ROADMAP_IMPORT_FORMATS, type RoadmapImportFormat } from '@policyops/contracts';
import type { CsvRow } from './csv-table.js';

// The formats and fields are the contract's, so the API and the mapping cannot drift apart.
export const IMPORT_FORMATS = ROADMAP_IMPORT_FORMATS;
export type ImportFormat = RoadmapImportFormat;
export const IMPORT_FIELDS = ROADMAP_IMPORT_FIELDS;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Candidate headers per field, best first. */
export const FORMAT_COLUMNS: Record<ImportFormat, Partial<Record<ImportField, string[]>>> = {
  jira: {
    title: ['Summary'],
    externalKey: ['Issue key'],
    externalId: ['Issue id'],
    type: ['Issue Type'],
    status: ['Status'],
    priority: ['Priority'],
    owner: ['Assignee'],
    description: ['Description'],
    start: ['Custom field (Start date)', 'Start date', 'Custom field (Target start)', 'Target start'],
    end: ['Due date', 'Custom field (Target end)', 'Target end'],
    effort: ['Original Estimate'],
    parent: ['Parent id', 'Parent', 'Parent key'],
    epic: ['Custom field (Epic Link)', 'Epic Link', 'Custom field (Parent Link)'],
  },
  asana: {
    externalKey: ['Task ID'],
    title: ['Name'],
    owner: ['Assignee'],
    ownerEmail: ['Assignee Email'],
    description: ['Notes'],
    start: ['Start Date'],
    end: ['Due Date'],
    parent: ['Parent task'],
    group: ['Section/Column'],
    completedAt: ['Completed At'],
    priority: ['Priority'],
    effort: ['Effort (person-weeks)', 'Effort'],
  },
};

/** Headers that say which format a header row is: all of them present. */
const SIGNATURES: Record<ImportFormat, string[]> = {
  jira: ['Summary', 'Issue key'],
  asana: ['Task ID', 'Name'],
};

/** Jira writes time-tracking columns in seconds; anything else mapped to effort is person-weeks. */
export const SECONDS_PER_PERSON_WEEK = 40 * 3600;
export const isSecondsColumn = (header: string) => /estimate|time spent/i.test(header);

const norm = (header: string) => header.trim().toLowerCase();

/** How the preamble of an export may run before its header (Google-Sheets Asana: three rows). */
const HEADER_SEARCH_ROWS = 5;

/** The header row and the format it names; `format` forces one. Null when no row looks like either. */
export function findHeader(rows: CsvRow[], format?: ImportFormat): { format: ImportFormat; index: number } | null {
  const formats = format ? [format] : IMPORT_FORMATS;
  for (let index = 0; index < Math.min(rows.length, HEADER_SEARCH_ROWS); index++) {
    const headers = new Set(rows[index]!.cells.map(norm));
    const found = formats.find((f) => SIGNATURES[f].every((h) => headers.has(norm(h))));
    if (found) return { format: found, index };
  }
  return null;
}

export interface ColumnMapping {
  field: ImportField;
  header: string | null;
  /** 0-based column index. */
  column: number | null;
  source: 'detected' | 'override' | 'none';
}

/**
 * The column each field reads: an override (a header name, or null to leave the field out) or the
 * first candidate header present. Returns the overrides naming a column the file does not have.
 */
export function mapColumns(
  format: ImportFormat,
  header: string[],
  overrides: Partial<Record<ImportField, string | null>> = {},
): { mapping: ColumnMapping[]; unknown: { field: ImportField; header: string }[]; unmapped: string[] } {
  const columnOf = new Map<string, number>();
  header.forEach((h, i) => {
    if (!columnOf.has(norm(h))) columnOf.set(norm(h), i);
  });
  const unknown: { field: ImportField; header: string }[] = [];
  const mapping = IMPORT_FIELDS.map((field): ColumnMapping => {
    if (field in overrides) {
      const wanted = overrides[field];
      if (wanted === null || wanted === undefined) return { field, header: null, column: null, source: 'override' };
      const column = columnOf.get(norm(wanted));
      if (column === undefined) {
        unknown.push({ field, header: wanted });
        return { field, header: null, column: null, source: 'override' };
      }
      return { field, header: header[column]!, column, source: 'override' };
    }
    for (const candidate of FORMAT_COLUMNS[format][field] ?? []) {
      const column = columnOf.get(norm(candidate));
      if (column !== undefined) return { field, header: header[column]!, column, source: 'detected' };
    }
    return { field, header: null, column: null, source: 'none' };
  });
  const used = new Set(mapping.map((m) => m.column).filter((c): c is number => c !== null));
  const unmapped = [...new Set(header.filter((h, i) => !used.has(i) && h.trim() !== ''))];
  return { mapping, unknown, unmapped };
}
