import { ActionIcon, Group, Menu, Paper, Stack, Text } from '@mantine/core';
import { IconArrowsMove, IconGripVertical } from '@tabler/icons-react';
import type { ChangeRequest, CrStage } from '@policyops/contracts';
import { CR_STAGE_LABELS, crNumber } from '../cr-labels';
import { CrLink, DueAndOverdue, LaneBadge, ScoreText } from '../list/CrListParts';

export interface CrCardProps {
  cr: ChangeRequest;
  moving: boolean;
  onMove: (cr: ChangeRequest, to: CrStage) => void;
}

export const CR_DRAG_TYPE = 'application/x-policyops-cr';

type Blockers = NonNullable<ChangeRequest['moves'][number]['blockers']>;

/** Nothing stands in the way but the reason the move's dialog asks for. */
const onlyReasonMissing = (b: Blockers) =>
  b.reasonMissing && b.fields.length === 0 && b.signOffs.length === 0 && b.orderViolations.length === 0;

/** One CR on the board: draggable to another column, or moved from its "Move to…" menu by keyboard. */
export function CrCard({ cr, moving, onMove }: CrCardProps) {
  const canMove = cr.abilities.transition && cr.moves.length > 0;
  return (
    <Paper
      withBorder
      p="xs"
      radius="sm"
      draggable={canMove}
      onDragStart={(event) => {
        event.dataTransfer.setData(CR_DRAG_TYPE, cr.id);
        event.dataTransfer.setData('text/plain', crNumber(cr.number));
        event.dataTransfer.effectAllowed = 'move';
      }}
      style={{ cursor: canMove ? 'grab' : undefined, opacity: moving ? 0.6 : 1 }}
      aria-busy={moving || undefined}
      data-cr-card={cr.number}
    >
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" gap={4}>
          <Group gap={4} wrap="nowrap">
            {canMove ? <IconGripVertical size={14} aria-hidden color="var(--mantine-color-dimmed)" /> : null}
            <CrLink cr={cr} />
          </Group>
          <Group gap={4} wrap="nowrap">
            <LaneBadge lane={cr.lane} reason={cr.laneReason} />
            {canMove ? (
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <ActionIcon variant="subtle" size="sm" aria-label={`Move ${crNumber(cr.number)} to…`}>
                    <IconArrowsMove size={14} aria-hidden />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Label>Move to…</Menu.Label>
                  {cr.moves.map((move) => (
                    <Menu.Item key={move.to} onClick={() => onMove(cr, move.to)}>
                      <Text size="sm">{CR_STAGE_LABELS[move.to]}</Text>
                      {!move.allowed && move.blockers ? (
                        <Text size="xs" c="dimmed" maw={260}>
                          {onlyReasonMissing(move.blockers) ? 'Asks for a reason' : `Blocked: ${move.blockers.message}`}
                        </Text>
                      ) : null}
                    </Menu.Item>
                  ))}
                </Menu.Dropdown>
              </Menu>
            ) : null}
          </Group>
        </Group>
        <Text size="sm" fw={500} lineClamp={3}>
          {cr.title}
        </Text>
        <Text size="xs" c="dimmed" lineClamp={1}>
          {cr.targetPolicy ? cr.targetPolicy.title : 'New policy'}
        </Text>
        <Group justify="space-between" gap={4}>
          <Text size="xs" component="span">
            Score <ScoreText score={cr.score} />
          </Text>
          <Text size="xs" c="dimmed" component="span" lineClamp={1}>
            {cr.owner.name}
          </Text>
        </Group>
        <DueAndOverdue cr={cr} />
      </Stack>
    </Paper>
  );
}
