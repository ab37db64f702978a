import {
  INITIATIVE_HEALTH_LABELS,
  INITIATIVE_STATUS_LABELS,
  type RoadmapYear,
  type RoadmapYearInitiative,
  type RoadmapYearMilestone,
} from '@policyops/contracts';

export type LaneBy = 'area' | 'team' | 'owner' | 'none';

export type TimelineRow =
  | { type: 'lane'; key: string; label: string; count: number }
  | { type: 'initiative'; key: string; initiative: RoadmapYearInitiative; milestones: RoadmapYearMilestone[] };

/**
 * The timeline's rows: a header row per swimlane, then its initiatives by start. An initiative sits
 * in the lane of its first area, team (by name) or its owner, so each bar appears once.
 */
export function rowsOf(year: RoadmapYear, laneBy: LaneBy): TimelineRow[] {
  const milestonesOf = new Map<string, RoadmapYearMilestone[]>();
  for (const m of year.milestones) {
    const list = milestonesOf.get(m.initiativeId);
    if (list) list.push(m);
    else milestonesOf.set(m.initiativeId, [m]);
  }
  const names = new Map([...year.people, ...year.areas, ...year.teams].map((n) => [n.id, n.name] as const));
  const order = new Map(
    (laneBy === 'area' ? year.areas : laneBy === 'team' ? year.teams : year.people).map((n, i) => [n.id, i] as const),
  );
  const laneOf = (i: RoadmapYearInitiative): string | null => {
    const ids = laneBy === 'area' ? i.areaIds : laneBy === 'team' ? i.teamIds : laneBy === 'owner' ? [i.ownerId] : [];
    let best: string | null = null;
    for (const id of ids) if (best === null || (order.get(id) ?? 1e9) < (order.get(best) ?? 1e9)) best = id;
    return best;
  };
  const lanes = new Map<string, RoadmapYearInitiative[]>();
  const sorted = [...year.initiatives].sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title));
  for (const i of sorted) {
    const lane = laneBy === 'none' ? '' : (laneOf(i) ?? '~none');
    const list = lanes.get(lane);
    if (list) list.push(i);
    else lanes.set(lane, [i]);
  }
  const none = laneBy === 'area' ? 'No policy area' : laneBy === 'team' ? 'No team' : 'No owner';
  const keys = [...lanes.keys()].sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9));
  const rows: TimelineRow[] = [];
  for (const key of keys) {
    const list = lanes.get(key)!;
    if (laneBy !== 'none')
      rows.push({
        type: 'lane',
        key: `lane:${key}`,
        label: key === '~none' ? none : (names.get(key) ?? none),
        count: list.length,
      });
    for (const initiative of list)
      rows.push({
        type: 'initiative',
        key: initiative.id,
        initiative,
        milestones: (milestonesOf.get(initiative.id) ?? []).sort((a, b) => a.date.localeCompare(b.date)),
      });
  }
  return rows;
}

const cell = (value: string | number | boolean | null) => {
  const text = value === null ? '' : String(value);
  // Quote, and defuse spreadsheet formulas.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) || safe !== text ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/** The year's initiatives as CSV (one row each, names instead of ids). */
export function yearCsv(year: RoadmapYear): string {
  const names = new Map([...year.people, ...year.areas, ...year.teams].map((n) => [n.id, n.name] as const));
  const milestones = new Map<string, number>();
  for (const m of year.milestones) milestones.set(m.initiativeId, (milestones.get(m.initiativeId) ?? 0) + 1);
  const header = [
    'Title',
    'Owner',
    'Status',
    'Health',
    'Priority',
    'Start',
    'End',
    'Progress (%)',
    'Effort (weeks)',
    'Policy areas',
    'Teams',
    'Milestones',
    'Update due',
  ];
  const lines = year.initiatives.map((i) =>
    [
      i.title,
      names.get(i.ownerId) ?? '',
      INITIATIVE_STATUS_LABELS[i.status],
      i.health ? INITIATIVE_HEALTH_LABELS[i.health] : '',
      i.priority.toUpperCase(),
      i.start,
      i.end,
      i.progress,
      i.effortWeeks,
      i.areaIds.map((id) => names.get(id) ?? '').join('; '),
      i.teamIds.map((id) => names.get(id) ?? '').join('; '),
      milestones.get(i.id) ?? 0,
      i.updateDue ? 'yes' : 'no',
    ]
      .map(cell)
      .join(','),
  );
  return `${[header.map(cell).join(','), ...lines].join('\r\n')}\r\n`;
}

/** Offers `content` as a download named `name`. */
export function saveFile(name: string, content: Blob) {
  const url = URL.createObjectURL(content);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
