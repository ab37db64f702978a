import type { RoadmapImportField, RoadmapImportPreview } from '@policyops/contracts';

/** What each field becomes, in words, in mapping order. */
export const FIELD_LABELS: Record<RoadmapImportField, string> = {
  title: 'Title',
  externalKey: 'Key',
  externalId: 'Id',
  type: 'Type (milestone rows)',
  status: 'Status',
  priority: 'Priority',
  owner: 'Owner (name)',
  ownerEmail: 'Owner (e-mail)',
  description: 'Description',
  start: 'Start',
  end: 'End',
  effort: 'Effort',
  parent: 'Parent',
  epic: 'Epic',
  group: 'Group (section)',
  completedAt: 'Completed at',
};

export const FORMAT_LABELS = { jira: 'Jira CSV export', asana: 'Asana CSV export' } as const;

/** The mapping as the API takes it: every field with its chosen header (null: left out). */
export function mappingOf(plan: RoadmapImportPreview): Partial<Record<RoadmapImportField, string | null>> {
  return Object.fromEntries(plan.mapping.map((m) => [m.field, m.header]));
}

/** "Line 8 · Owner (Assignee): No person …" */
export function issueText(issue: RoadmapImportPreview['errors'][number]): string {
  const field = issue.field === 'file' ? 'File' : FIELD_LABELS[issue.field];
  return `${field}${issue.column ? ` (${issue.column})` : ''}: ${issue.message}`;
}
