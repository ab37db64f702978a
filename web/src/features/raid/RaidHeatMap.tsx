import { Paper, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { RISK_BAND_LABELS, type RaidHeatMap as HeatMap } from '@policyops/contracts';
import { BAND_COLORS } from './raid-labels';

export interface RaidHeatMapProps {
  map: HeatMap;
  selected?: { probability: number; impact: number };
  onSelect(cell: { probability: number; impact: number } | null): void;
}

const IMPACTS = [1, 2, 3, 4, 5];

/**
 * The 5×5 grid of open risks, probability up the side, impact along the bottom. Each cell is a
 * button naming its count and band in words (colour is only a second cue); pressing it filters the
 * table below, pressing the selected cell again clears the filter.
 */
export function RaidHeatMap({ map, selected, onSelect }: RaidHeatMapProps) {
  return (
    <Paper withBorder p="md" radius="md">
      <Table
        withColumnBorders={false}
        style={{ tableLayout: 'fixed', borderCollapse: 'separate', borderSpacing: 4 }}
        aria-describedby="raid-heat-map-caption"
      >
        <caption id="raid-heat-map-caption" style={{ captionSide: 'top', textAlign: 'left', paddingBottom: 8 }}>
          <Text fw={600}>Open risks by probability and impact</Text>
          <Text size="sm" c="dimmed">
            {map.total === 0
              ? 'No open risks yet.'
              : `${map.total} open risk${map.total === 1 ? '' : 's'}. Choose a cell to list its risks.`}
          </Text>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={{ width: 110 }}>
              <VisuallyHidden>Probability</VisuallyHidden>
            </Table.Th>
            {IMPACTS.map((impact) => (
              <Table.Th key={impact} ta="center" scope="col">
                Impact {impact}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[5, 4, 3, 2, 1].map((probability) => (
            <Table.Tr key={probability}>
              <Table.Th scope="row">Probability {probability}</Table.Th>
              {IMPACTS.map((impact) => {
                const cell = map.cells.find((c) => c.probability === probability && c.impact === impact)!;
                const active = selected?.probability === probability && selected.impact === impact;
                const color = BAND_COLORS[cell.band];
                const label = `Probability ${probability}, impact ${impact}: ${cell.count} open risk${cell.count === 1 ? '' : 's'}, score ${cell.score}, ${RISK_BAND_LABELS[cell.band]}`;
                return (
                  <Table.Td key={impact} p={0}>
                    <UnstyledButton
                      aria-label={label}
                      aria-pressed={active}
                      onClick={() => onSelect(active ? null : { probability, impact })}
                      w="100%"
                      p="xs"
                      style={{
                        borderRadius: 6,
                        textAlign: 'center',
                        background: `var(--mantine-color-${color}-${cell.count > 0 ? 2 : 0})`,
                        outline: active ? '3px solid var(--mantine-color-indigo-7)' : undefined,
                        border: `1px solid var(--mantine-color-${color}-4)`,
                      }}
                    >
                      <Text fw={700} size="lg" c="dark.8">
                        {cell.count}
                      </Text>
                      <Text size="xs" c="dark.6">
                        {RISK_BAND_LABELS[cell.band]} · {cell.score}
                      </Text>
                    </UnstyledButton>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
