import { Group, Paper, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { METRIC_DEFINITIONS, type MetricHeatMap } from '@policyops/contracts';
import { useNavigate } from '@tanstack/react-router';
import { formatDate } from '../../../lib/format';
import { AnchorLink } from '../../../ui/router-links';
import { heatCellView } from './heat-map';

function Swatch({ color, label }: { color: string; label: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <span
        aria-hidden
        style={{
          width: 14,
          height: 14,
          borderRadius: 3,
          background: color,
          border: '1px solid var(--mantine-color-gray-4)',
        }}
      />
      <Text size="xs">{label}</Text>
    </Group>
  );
}

/** What the colours and arrows mean. */
export function HeatMapLegend() {
  return (
    <Group gap="md" wrap="wrap" aria-label="Legend">
      <Swatch color="var(--mantine-color-teal-3)" label="Better (large change)" />
      <Swatch color="var(--mantine-color-teal-2)" label="Better" />
      <Swatch color="var(--mantine-color-red-2)" label="Worse" />
      <Swatch color="var(--mantine-color-red-3)" label="Worse (large change)" />
      <Swatch color="transparent" label="Under 2% change, or a volume" />
      <Text size="xs" c="dimmed">
        ↑ rose · ↓ fell · rates change in percentage points (pts)
      </Text>
    </Group>
  );
}

/**
 * Policies by figures: each cell the change between the 28 days before the policy's latest launch and
 * the days since. The policy's name is the link (keyboard and middle click); the whole row also opens it.
 */
export function HeatMapTable({ heatMap }: { heatMap: MetricHeatMap }) {
  const navigate = useNavigate();
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="heat-map-title">
      <Stack gap="sm">
        <div>
          <Text component="h2" id="heat-map-title" fw={600} size="lg" m={0}>
            Change since each policy’s latest launch
          </Text>
          <Text size="sm" c="dimmed">
            The 28 days before the launch against the days since (up to 28), all markets. Open a policy for its
            intervals, trends and breakdowns.
          </Text>
        </div>
        <HeatMapLegend />
        <Table.ScrollContainer minWidth={900}>
          <Table highlightOnHover withTableBorder withColumnBorders fz="sm" verticalSpacing={6}>
            <caption>
              <VisuallyHidden>
                Change of each figure since each policy’s latest launch; better or worse is said in each cell.
              </VisuallyHidden>
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" miw={220}>
                  Policy and launch compared
                </Table.Th>
                {heatMap.metrics.map((metric) => (
                  <Table.Th key={metric} scope="col" ta="center">
                    <Tooltip label={METRIC_DEFINITIONS[metric].definition} multiline w={260} withArrow>
                      <span tabIndex={0} style={{ textDecoration: 'underline dotted' }}>
                        {METRIC_DEFINITIONS[metric].label}
                      </span>
                    </Tooltip>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {heatMap.rows.map((row) => (
                <Table.Tr
                  key={row.policy.id}
                  style={{ cursor: 'pointer' }}
                  onClick={(event) => {
                    if ((event.target as HTMLElement).closest('a')) return;
                    void navigate({ to: '/metrics/policies/$policyId', params: { policyId: row.policy.slug } });
                  }}
                >
                  <Table.Th scope="row" fw={400}>
                    <AnchorLink
                      to="/metrics/policies/$policyId"
                      params={{ policyId: row.policy.slug }}
                      fw={600}
                      size="sm"
                    >
                      {row.policy.title}
                    </AnchorLink>
                    <Text size="xs" c="dimmed">
                      {row.launch
                        ? `Version ${row.launch.label}, in force ${formatDate(row.launch.effectiveDate)}`
                        : 'No launch with data before and after'}
                      {row.policy.restricted ? ' · Restricted' : ''}
                    </Text>
                  </Table.Th>
                  {heatMap.metrics.map((metric) => {
                    // A policy with no launch to compare around has no cells: its row still has every column.
                    const cell = row.cells.find((candidate) => candidate.metric === metric);
                    if (!cell)
                      return (
                        <Table.Td key={metric} ta="center" c="dimmed">
                          <span aria-hidden>—</span>
                          <VisuallyHidden>{`${METRIC_DEFINITIONS[metric].label}: no launch to compare`}</VisuallyHidden>
                        </Table.Td>
                      );
                    const view = heatCellView(metric, cell);
                    return (
                      <Table.Td
                        key={metric}
                        ta="center"
                        style={{
                          background: view.background,
                          // The tints are light in both colour schemes: dark text keeps its contrast on them.
                          color: view.tone === 'neutral' ? undefined : 'var(--mantine-color-black)',
                        }}
                        title={view.description}
                      >
                        <Text size="sm" fw={600} aria-hidden style={{ whiteSpace: 'nowrap' }}>
                          {view.text}
                        </Text>
                        <Text size="xs" aria-hidden>
                          {view.value}
                        </Text>
                        <VisuallyHidden>{view.description}</VisuallyHidden>
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}
