import { METRIC_COLUMNS } from '@policyops/contracts';
import type { TestClient } from '../../../test/test-app.js';

export const HEADER = METRIC_COLUMNS.join(',');

/** One CSV line: the key and counts that pass every check unless overridden. */
export function csvLine(over: Partial<Record<(typeof METRIC_COLUMNS)[number], string | number>> = {}): string {
  const cells: Record<string, string | number> = {
    date: '2026-03-01',
    policy: 'hate-speech',
    market: 'DE',
    surface: 'LIVE',
    detection: 'automated',
    actioned: 100,
    user_reports: 40,
    views: 100000,
    violating_views: 12,
    qa_sampled: 20,
    qa_correct: 18,
    appeals: 10,
    appeals_overturned: 2,
    proactive: 80,
    median_hours_to_action: 1.5,
    p90_hours_to_action: 6,
    ...over,
  };
  return METRIC_COLUMNS.map((c) => cells[c]).join(',');
}

export const csvFile = (...lines: string[]) => [HEADER, ...lines].join('\n') + '\n';

/** Days from `from`, one a line, each a distinct key. */
export function daysFrom(from: string, count: number): string[] {
  const start = Date.parse(from);
  return Array.from({ length: count }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}

export function upload(client: TestClient, body: string | Buffer, contentType = 'text/csv', query = '') {
  return client.request({
    method: 'POST',
    url: `/api/metrics/imports${query}`,
    headers: { 'content-type': contentType },
    payload: body,
  });
}

/** A policy by slug through the API (restricted ones visible to their members only). */
export async function policyNamed(
  admin: TestClient,
  slug: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const area = (await admin.post('/api/policy-areas', { name: `Area ${slug}` })).json();
  const res = await admin.post('/api/policies', { title: `Policy ${slug}`, slug, areaId: area.id, ...extra });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json().id as string;
}
