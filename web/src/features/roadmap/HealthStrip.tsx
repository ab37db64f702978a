import { Box, Group, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { INITIATIVE_HEALTH_LABELS, type HealthUpdate } from '@policyops/contracts';
import { HEALTH_COLORS, formatDay } from './roadmap-labels';

/**
 * The health history as a strip of dots, oldest on the left: one per update, coloured by its
 * health. Screen readers get the list in words ("Jan 8, 2027: At risk").
 */
export function HealthStrip({ updates }: { updates: readonly HealthUpdate[] }) {
  if (updates.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No health updates yet.
      </Text>
    );
  const oldestFirst = [...updates].reverse();
  return (
    <Group
      gap={6}
      component="ol"
      aria-label="Health history, oldest first"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {oldestFirst.map((u) => {
        const text = `${formatDay(u.postedOn)}: ${INITIATIVE_HEALTH_LABELS[u.health]}`;
        return (
          <li key={u.id}>
            <Tooltip label={text} withArrow>
              <Box
                data-health={u.health}
                w={14}
                h={14}
                style={{
                  borderRadius: '50%',
                  background: `var(--mantine-color-${HEALTH_COLORS[u.health]}-filled)`,
                  border: '2px solid var(--mantine-color-body)',
                  boxShadow: '0 0 0 1px var(--mantine-color-default-border)',
                }}
              />
            </Tooltip>
            <VisuallyHidden>{text}</VisuallyHidden>
          </li>
        );
      })}
    </Group>
  );
}
