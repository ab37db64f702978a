import { Stack, Text } from '@mantine/core';
import { IconArrowUpRight } from '@tabler/icons-react';
import type { KeyResult, Objective, OkrBoard } from '@policyops/contracts';
import { AnchorLink } from '../../ui/router-links';
import { ObjectiveCard } from './ObjectiveCard';

const LIST = { listStyle: 'none' } as const;

export interface OkrTreeProps {
  board: OkrBoard;
  onCheckIn: (kr: KeyResult) => void;
  onAddKeyResult: (objective: Objective) => void;
}

/** The objectives of a period nested by alignment (lists within lists), children indented under their parent. */
export function OkrTree({ board, onCheckIn, onAddKeyResult }: OkrTreeProps) {
  const shown = new Set(board.objectives.map((o) => o.id));
  const children = new Map<string, Objective[]>();
  const roots: Objective[] = [];
  for (const o of board.objectives) {
    if (o.parent && shown.has(o.parent.id)) children.set(o.parent.id, [...(children.get(o.parent.id) ?? []), o]);
    else roots.push(o);
  }
  const showPeriod = board.period.kind === 'year';

  const item = (o: Objective, root: boolean) => (
    <Stack gap="sm" key={o.id} component="li" style={LIST}>
      {root && o.parent ? (
        <Text size="xs" c="dimmed" mb={-4}>
          <IconArrowUpRight size={12} aria-hidden style={{ verticalAlign: -1 }} /> Aligns to{' '}
          <AnchorLink to="/okrs/objectives/$objectiveId" params={{ objectiveId: o.parent.id }} size="xs">
            {o.parent.title}
          </AnchorLink>{' '}
          ({o.parent.periodLabel})
        </Text>
      ) : null}
      <ObjectiveCard
        objective={o}
        showPeriod={showPeriod && o.periodKey !== board.period.key}
        onCheckIn={onCheckIn}
        onAddKeyResult={onAddKeyResult}
      />
      {children.get(o.id)?.length ? (
        <Stack
          gap="sm"
          component="ul"
          aria-label={`Aligned to ${o.title}`}
          pl="lg"
          ml="sm"
          my={0}
          style={{ ...LIST, borderLeft: '2px solid var(--mantine-color-indigo-2)' }}
        >
          {children.get(o.id)!.map((child) => item(child, false))}
        </Stack>
      ) : null}
    </Stack>
  );

  return (
    <Stack gap="lg" component="ul" aria-label={`Objectives of ${board.period.label}`} style={LIST} p={0} m={0}>
      {roots.map((o) => item(o, true))}
    </Stack>
  );
}
