import { Badge, Table, Text } from '@mantine/core';
import { IconArrowDownRight, IconArrowUpRight, IconCircleDashed, IconMinus } from '@tabler/icons-react';
import type { ImpactMetricResult } from '@policyops/contracts';
import { definitionOf, formatNumber, formatP, newsOf, unitLabels, type NewsTone } from './impact-format';

const TONE_COLOR: Record<NewsTone, string> = { good: 'teal', bad: 'red', neutral: 'gray', unknown: 'yellow' };

const METHOD_LABEL: Record<NonNullable<ImpactMetricResult['method']>, string> = {
  two_proportion: 'Two-proportion z-test',
  day_bootstrap: 'Day-level bootstrap',
  median_bootstrap: 'Bootstrap of daily medians',
  difference_in_differences: 'Difference-in-differences',
  interrupted_time_series: 'Interrupted time series',
};

function VerdictBadge({ metric }: { metric: ImpactMetricResult }) {
  const news = newsOf(metric);
  const icon =
    metric.verdict === 'increase' ? (
      <IconArrowUpRight size={12} aria-hidden />
    ) : metric.verdict === 'decrease' ? (
      <IconArrowDownRight size={12} aria-hidden />
    ) : metric.verdict === 'insufficient_data' ? (
      <IconCircleDashed size={12} aria-hidden />
    ) : (
      <IconMinus size={12} aria-hidden />
    );
  return (
    <Badge
      color={TONE_COLOR[news.tone]}
      variant="light"
      leftSection={icon}
      styles={{ root: { textTransform: 'none', maxWidth: 'none' }, label: { overflow: 'visible' } }}
    >
      {news.label}
    </Badge>
  );
}

/** Every figure of the analysis: the sentence, before → after, estimate with interval, p and adjusted p. */
export function ImpactResultsTable({ metrics }: { metrics: readonly ImpactMetricResult[] }) {
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Caption>
          Estimates with 95% confidence intervals; adjusted p-values use the Benjamini–Hochberg correction across these
          figures.
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Figure</Table.Th>
            <Table.Th scope="col">Before → after</Table.Th>
            <Table.Th scope="col">Estimate (95% CI)</Table.Th>
            <Table.Th scope="col">p</Table.Th>
            <Table.Th scope="col">Adjusted p</Table.Th>
            <Table.Th scope="col">Verdict</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {metrics.map((m) => {
            const units = unitLabels(m.unit);
            return (
              <Table.Tr key={m.key}>
                <Table.Th scope="row" fw={400} maw={380}>
                  <Text fw={600} size="sm">
                    {m.label}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {definitionOf(m.key)}
                  </Text>
                  <Text size="sm" mt={4}>
                    {m.sentence}
                  </Text>
                  {m.method ? (
                    <Text size="xs" c="dimmed">
                      Method: {METHOD_LABEL[m.method]}
                      {m.observational ? ' (observational)' : ''}
                    </Text>
                  ) : null}
                </Table.Th>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {m.before === null
                    ? '–'
                    : `${formatNumber(m.before)}${units.level} → ${formatNumber(m.after)}${units.level}`}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {m.estimate === null
                    ? '–'
                    : `${formatNumber(m.estimate, 2, true)}${units.change} (${formatNumber(m.lower, 2, true)} to ${formatNumber(m.upper, 2, true)})`}
                </Table.Td>
                <Table.Td>{formatP(m.pValue)}</Table.Td>
                <Table.Td>{formatP(m.adjustedPValue)}</Table.Td>
                <Table.Td miw={190}>
                  <VerdictBadge metric={m} />
                  {m.insufficientData ? (
                    <Text size="xs" c="dimmed" mt={4} maw={220}>
                      {m.insufficientData}
                    </Text>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
