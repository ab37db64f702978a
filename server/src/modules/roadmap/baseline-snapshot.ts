// The stored form of a roadmap baseline: compact JSON of positional rows (no repeated keys), so a
// year of 20k initiatives and 100k milestones stays a few megabytes and parses fast.
//
//   { v: 1,
//     i: [[id, title, ownerId, status, start, end, areaIds, policyIds, teamIds], …],
//     m: [[id, initiativeId, title, date], …],
//     k: [[id, title, type, baseline, target], …] }

import type { InitiativeStatus, KeyResultType } from '@policyops/contracts';
import type { RoadmapSnapshot } from './baseline-compare.js';

type StoredInitiative = [string, string, string | null, string, string, string, string[], string[], string[]];
type StoredMilestone = [string, string, string, string];
type StoredKeyResult = [string, string, string, number | null, number | null];

interface StoredSnapshot {
  v: 1;
  i: StoredInitiative[];
  m: StoredMilestone[];
  k: StoredKeyResult[];
}

export function encodeSnapshot(snapshot: RoadmapSnapshot): string {
  const stored: StoredSnapshot = {
    v: 1,
    i: snapshot.initiatives.map((i) => [
      i.id,
      i.title,
      i.ownerId,
      i.status,
      i.start,
      i.end,
      i.areaIds,
      i.policyIds,
      i.teamIds,
    ]),
    m: snapshot.milestones.map((m) => [m.id, m.initiativeId, m.title, m.date]),
    k: snapshot.keyResults.map((k) => [k.id, k.title, k.type, k.baseline, k.target]),
  };
  return JSON.stringify(stored);
}

export function decodeSnapshot(text: string): RoadmapSnapshot {
  const stored = JSON.parse(text) as StoredSnapshot;
  if (stored.v !== 1) throw new Error(`Unknown baseline snapshot version ${String(stored.v)}`);
  return {
    initiatives: stored.i.map(([id, title, ownerId, status, start, end, areaIds, policyIds, teamIds]) => ({
      id,
      title,
      ownerId,
      status: status as InitiativeStatus,
      start,
      end,
      areaIds,
      policyIds,
      teamIds,
    })),
    milestones: stored.m.map(([id, initiativeId, title, date]) => ({ id, initiativeId, title, date })),
    keyResults: stored.k.map(([id, title, type, baseline, target]) => ({
      id,
      title,
      type: type as KeyResultType,
      baseline,
      target,
    })),
  };
}
