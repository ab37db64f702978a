import { POLICY_STATUSES } from '@policyops/contracts';
import type { MarketVersionState, PolicyArea, PolicyStatus, VersionState } from '@policyops/contracts';

export const POLICY_STATUS_LABELS: Record<PolicyStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  approved: 'Approved',
  scheduled: 'Scheduled',
  live: 'Live',
  retired: 'Retired',
};

export const VERSION_STATE_LABELS: Record<VersionState, string> = {
  draft: 'Draft',
  in_review: 'In review',
  approved: 'Approved',
  scheduled: 'Scheduled',
  live: 'Live',
  superseded: 'Superseded',
};

export const POLICY_STATUS_OPTIONS = POLICY_STATUSES.map((status) => ({
  value: status,
  label: POLICY_STATUS_LABELS[status],
}));

/** "hate-speech" from "Hate Speech!": lower-case ASCII letters and digits joined by single hyphens. */
export function toSlug(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/**
 * Today as the server counts it: the UTC date, YYYY-MM-DD. Version states (live, scheduled) flip at
 * midnight UTC on the server, so "the text in force today" must ask for the same day; the viewer's
 * local date would show one version's text under another's badge for hours around midnight UTC.
 */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** "4 Mar 2025" for a calendar date (no time zone shift: the date is read as local). */
export function formatIsoDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  return new Date(y, m - 1, d).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export interface AreaNode {
  area: PolicyArea;
  depth: number;
  children: AreaNode[];
  /** "Parent › Child", for selects. */
  path: string;
}

/** Builds the taxonomy tree from parentId, siblings by name; areas whose parent is missing become roots. */
export function buildAreaTree(areas: PolicyArea[]): AreaNode[] {
  const ids = new Set(areas.map((a) => a.id));
  const byParent = new Map<string | null, PolicyArea[]>();
  for (const area of areas) {
    const parent = area.parentId && ids.has(area.parentId) ? area.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), area]);
  }
  const seen = new Set<string>();
  const build = (parent: string | null, depth: number, prefix: string): AreaNode[] =>
    (byParent.get(parent) ?? [])
      .filter((area) => !seen.has(area.id))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((area) => {
        seen.add(area.id);
        const path = prefix ? `${prefix} › ${area.name}` : area.name;
        return { area, depth, path, children: build(area.id, depth + 1, path) };
      });
  return build(null, 0, '');
}

/** The tree in display order, depth-first. */
export function flattenAreaTree(nodes: AreaNode[]): AreaNode[] {
  return nodes.flatMap((node) => [node, ...flattenAreaTree(node.children)]);
}

/** Options for an area select, indented by depth through their path label. */
export function areaOptions(areas: PolicyArea[]): Array<{ value: string; label: string }> {
  return flattenAreaTree(buildAreaTree(areas)).map((node) => ({ value: node.area.id, label: node.path }));
}

/**
 * What a version's state badge says: "Scheduled · takes effect 15 Jan 2027" while its date is
 * ahead, the plain state otherwise. The state itself comes from the server, derived from today.
 */
export function versionStateText(state: VersionState, effectiveDate: string | null): string {
  if (state === 'scheduled' && effectiveDate) return `Scheduled · takes effect ${formatIsoDate(effectiveDate)}`;
  return VERSION_STATE_LABELS[state];
}

/**
 * The markets where a version stands otherwise than it does globally, in words: "Scheduled in
 * Germany until 15 Jan 2027", "Live in Germany". Markets that agree with the global state are left out.
 */
export function marketStateTexts(
  state: VersionState,
  marketStates: readonly MarketVersionState[],
): { marketId: string; state: VersionState; text: string }[] {
  return marketStates
    .filter((m) => m.state !== state)
    .map((m) => ({
      marketId: m.marketId,
      state: m.state,
      text:
        m.state === 'scheduled' && m.effectiveDate
          ? `Scheduled in ${m.marketName} until ${formatIsoDate(m.effectiveDate)}`
          : `${VERSION_STATE_LABELS[m.state]} in ${m.marketName}`,
    }));
}
