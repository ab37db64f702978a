// Sentences for the audit actions of policy metrics (imports and impact analyses).
import type { LooseBuilder } from './audit-sentences-planning.js';
import { words } from './sentence.js';

const get = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
const count = (n: unknown, noun: string) => `${Number(n ?? 0).toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
const span = (value: unknown) =>
  get(value, 'firstDay') ? ` for ${String(get(value, 'firstDay'))} to ${String(get(value, 'lastDay'))}` : '';
const imported = (value: unknown) => {
  const file = get(value, 'fileName');
  const what = file ? `"${String(file)}"` : 'metric rows from the ingest API';
  return ` imported ${what}: ${count(get(value, 'rows'), 'row')}${span(value)} (${count(get(value, 'inserted'), 'new row')}, ${count(get(value, 'replaced'), 'replaced row')})`;
};
const analysis = (value: unknown) =>
  `impact analysis of version ${String(get(value, 'versionLabel') ?? '')} (launched ${String(get(value, 'launchDate') ?? '')})`;

export const METRICS_SENTENCES: Record<string, LooseBuilder> = {
  'metric_import.completed': (p, c) => words(c.actor, imported(p.after)),
  'impact_analysis.created': (p, c) =>
    words(
      c.actor,
      ` ran the ${analysis(p.after)}: ${count(get(p.after, 'significant'), 'significant change')} among ${count(get(p.after, 'metrics'), 'metric')}`,
    ),
  'impact_analysis.deleted': (p, c) => words(c.actor, ` deleted the ${analysis(p.before)}`),
};
