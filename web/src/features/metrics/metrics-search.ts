import { DETECTION_METHODS, METRIC_GRAINS, METRIC_KEYS } from '@policyops/contracts';
import type { DetectionMethod, MetricGrain, MetricKey } from '@policyops/contracts';

/** A policy dashboard's filters, kept in the URL so a view can be shared. */
export interface PolicyMetricsSearch {
  metric?: MetricKey;
  grain?: MetricGrain;
  /** Market code, e.g. DE; absent: every market. */
  market?: string;
  /** Surface id; absent: every surface. */
  surface?: string;
  detection?: DetectionMethod;
  from?: string;
  to?: string;
  /** What the breakdown is by; absent: market. */
  by?: 'market' | 'surface' | 'detection' | 'version';
}

// Written out rather than imported: the contract's list sits beside zod schemas, this file is in the entry.
const BREAKDOWNS = ['market', 'surface', 'detection', 'version'] as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MARKET = /^[A-Z0-9-]{2,12}$/;
const among = <T extends string>(values: readonly T[], value: unknown): T | undefined =>
  (values as readonly unknown[]).includes(value) ? (value as T) : undefined;

/** Reads the search from the URL, dropping values the API would refuse. */
export function validatePolicyMetricsSearch(search: Record<string, unknown>): PolicyMetricsSearch {
  const out: PolicyMetricsSearch = {};
  const metric = among(METRIC_KEYS, search.metric);
  if (metric) out.metric = metric;
  const grain = among(METRIC_GRAINS, search.grain);
  if (grain) out.grain = grain;
  const detection = among(DETECTION_METHODS, search.detection);
  if (detection) out.detection = detection;
  const by = among(BREAKDOWNS, search.by);
  if (by) out.by = by;
  if (typeof search.market === 'string' && MARKET.test(search.market)) out.market = search.market;
  if (typeof search.surface === 'string' && UUID.test(search.surface)) out.surface = search.surface;
  for (const key of ['from', 'to'] as const) {
    const value = search[key];
    if (typeof value === 'string' && DATE.test(value)) out[key] = value;
  }
  return out;
}
