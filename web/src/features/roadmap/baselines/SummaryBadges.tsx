import { Badge, Group, Text } from '@mantine/core';
import type { RoadmapComparison } from '@policyops/contracts';

/** One line of counts; "nothing moved" when all are zero. */
export function SummaryBadges({
  summary: s,
  targetsChanged,
}: {
  summary: RoadmapComparison['summary'];
  targetsChanged: number;
}) {
  const parts: [string, string, number, string][] = [
    ['initiative moved', 'initiatives moved', s.initiativesMoved, 'orange'],
    ['milestone slipped', 'milestones slipped', s.milestonesSlipped, 'red'],
    ['milestone pulled in', 'milestones pulled in', s.milestonesPulledIn, 'teal'],
    ['target lowered', 'targets lowered', s.targetsLowered, 'red'],
    ['target raised', 'targets raised', s.targetsRaised, 'teal'],
    ['added', 'added', s.initiativesAdded, 'blue'],
    ['removed', 'removed', s.initiativesRemoved, 'gray'],
    ['status change', 'status changes', s.statusChanges, 'grape'],
    ['owner change', 'owner changes', s.ownerChanges, 'indigo'],
    ['scope change', 'scope changes', s.scopeChanges, 'cyan'],
  ];
  const shown = parts.filter(([, , n]) => n > 0);
  if (shown.length === 0 && targetsChanged === 0)
    return (
      <Text size="sm" fw={500}>
        Nothing moved since this baseline: the live roadmap matches it.
      </Text>
    );
  return (
    <Group gap={6} aria-label="Summary of changes">
      {shown.map(([one, many, n, color]) => (
        <Badge key={many} variant="light" color={color} size="lg">
          {n} {n === 1 ? one : many}
        </Badge>
      ))}
    </Group>
  );
}
