import { Group, Paper, SimpleGrid, Skeleton, Text, UnstyledButton } from '@mantine/core';
import { METRIC_DEFINITIONS, type MetricKey, type MetricSummary } from '@policyops/contracts';
import {
  changeArrow,
  shownChange,
  formatChange,
  formatDenominator,
  formatNumber,
  formatRelativeChange,
  formatValue,
} from './metric-format';
import { comparisonTone } from './heat-map';

const TONE_TEXT = { good: 'teal.9', bad: 'red.9', neutral: 'dimmed' } as const;
const TONE_WORD = { good: 'better', bad: 'worse', neutral: '' } as const;

type Figure = MetricSummary['figures'][number];

function FigureCard({ figure, selected, onSelect }: { figure: Figure; selected: boolean; onSelect: () => void }) {
  const { metric, current, change, relativeChange } = figure;
  const definition = METRIC_DEFINITIONS[metric];
  const tone = comparisonTone(metric, figure);
  const interval =
    current.value !== null && current.lower !== null && current.upper !== null
      ? `95% interval ${formatNumber(metric, current.lower)}–${formatValue(metric, current.upper)}`
      : null;
  const denominator = current.value === null ? null : formatDenominator(current);
  const relative = definition.unit === 'percent' ? null : formatRelativeChange(relativeChange);
  return (
    <UnstyledButton onClick={onSelect} aria-pressed={selected} style={{ display: 'block', height: '100%' }}>
      <Paper
        withBorder
        radius="md"
        p="sm"
        h="100%"
        style={{
          borderColor: selected ? 'var(--mantine-color-indigo-6)' : undefined,
          boxShadow: selected ? '0 0 0 1px var(--mantine-color-indigo-6)' : undefined,
        }}
      >
        <Text size="sm" fw={600}>
          {definition.label}
        </Text>
        <Text fz={24} fw={700} lh={1.2}>
          {formatValue(metric, current.value)}
        </Text>
        <Text size="xs" c="dimmed">
          {[interval, denominator].filter(Boolean).join(', ') || (definition.kind === 'volume' ? 'Total' : 'No data')}
        </Text>
        <Text size="sm" c={TONE_TEXT[tone]} fw={500} mt={4}>
          {change === null
            ? 'No previous period to compare'
            : `${changeArrow(shownChange(metric, change))} ${formatChange(metric, change)}${relative ? ` (${relative})` : ''} vs previous${TONE_WORD[tone] ? `, ${TONE_WORD[tone]}` : ''}`}
        </Text>
        <Text size="xs" c="dimmed" mt={4}>
          {definition.definition}
        </Text>
      </Paper>
    </UnstyledButton>
  );
}

export interface SummaryCardsProps {
  summary: MetricSummary;
  selected: MetricKey;
  onSelect: (metric: MetricKey) => void;
}

/** Every figure for the period against the previous one; a card picks the figure charted below. */
export function SummaryCards({ summary, selected, onSelect }: SummaryCardsProps) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 4 }} spacing="sm">
      {summary.figures.map((figure) => (
        <FigureCard
          key={figure.metric}
          figure={figure}
          selected={figure.metric === selected}
          onSelect={() => onSelect(figure.metric)}
        />
      ))}
    </SimpleGrid>
  );
}

export function SummaryCardsSkeleton() {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 4 }} spacing="sm" aria-busy="true" aria-label="Loading the figures">
      {Array.from({ length: 8 }, (_, index) => (
        <Skeleton key={index} height={150} radius="md" />
      ))}
    </SimpleGrid>
  );
}

export function ChartSkeleton({ height = 360 }: { height?: number }) {
  return (
    <Group grow aria-busy="true" aria-label="Loading the chart">
      <Skeleton height={height} radius="md" />
    </Group>
  );
}
