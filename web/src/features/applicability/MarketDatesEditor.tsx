import { ActionIcon, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { MarketDate } from '@policyops/contracts';
import type { ReactNode } from 'react';
import { MarketSelect } from './DimensionSelects';
import { useApplicabilityDimensions } from './useApplicability';

/** One row of the editor; `key` only keeps React's rows apart and is never sent. */
export interface MarketDateRow {
  key: string;
  marketId: string;
  effectiveDate: string;
}

let lastKey = 0;
const nextKey = () => `market-date-${++lastKey}`;

/** Editor rows from a version's market dates. */
export function marketDateRows(dates: readonly Pick<MarketDate, 'marketId' | 'effectiveDate'>[]): MarketDateRow[] {
  return dates.map((d) => ({ key: nextKey(), marketId: d.marketId, effectiveDate: d.effectiveDate }));
}

/** The rows as the API takes them. */
export function marketDatesInput(rows: readonly MarketDateRow[]): { marketId: string; effectiveDate: string }[] {
  return rows.map(({ marketId, effectiveDate }) => ({ marketId, effectiveDate }));
}

/** Field errors of the market dates (`body.marketDates.1.marketId` -> `marketDates.1.marketId`). */
export function marketDateFieldErrors(errors: readonly { path: string; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const error of errors) {
    const match = /^body\.(marketDates\.\d+\.(?:marketId|effectiveDate))$/.exec(error.path);
    if (match) out[match[1]!] ??= error.message;
  }
  return out;
}

export interface MarketDatesEditorProps {
  rows: MarketDateRow[];
  onChange: (rows: MarketDateRow[]) => void;
  /** The error of one field of one row, if any. */
  errorOf: (index: number, field: 'marketId' | 'effectiveDate') => ReactNode;
  disabled?: boolean;
}

/**
 * "Different dates in some markets" of a draft: a version may take effect later (or earlier) in
 * some markets; a region's date covers its countries.
 */
export function MarketDatesEditor({ rows, onChange, errorOf, disabled }: MarketDatesEditorProps) {
  const dims = useApplicabilityDimensions();
  const nameOf = (marketId: string) => dims.data?.markets.find((m) => m.id === marketId)?.name;
  const update = (index: number, patch: Partial<MarketDateRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  return (
    <Stack gap="xs" component="section" aria-labelledby="market-dates-heading">
      <div>
        <Title order={2} size="h3" id="market-dates-heading">
          Different dates in some markets
        </Title>
        <Text size="sm" c="dimmed">
          {rows.length === 0
            ? 'This version takes effect on its effective date in every market.'
            : 'Everywhere else it takes effect on its effective date. A region’s date covers its countries.'}
        </Text>
      </div>
      {rows.map((row, index) => {
        const first = index === 0;
        const market = nameOf(row.marketId);
        return (
          <Group key={row.key} gap="sm" align="flex-start" wrap="wrap">
            <MarketSelect
              label={first ? 'Market' : undefined}
              aria-label={first ? undefined : `Market, row ${index + 1}`}
              placeholder="Choose a market"
              value={row.marketId || undefined}
              onChange={(marketId) => update(index, { marketId: marketId ?? '' })}
              withGlobal={false}
              exclude={rows.filter((_, i) => i !== index).map((r) => r.marketId)}
              error={errorOf(index, 'marketId')}
              disabled={disabled}
              required
              withAsterisk={first}
              w={300}
            />
            <TextInput
              type="date"
              label={first ? 'Takes effect' : undefined}
              aria-label={first ? undefined : `Takes effect, row ${index + 1}`}
              value={row.effectiveDate}
              max="9999-12-31"
              onChange={(event) => update(index, { effectiveDate: event.currentTarget.value })}
              error={errorOf(index, 'effectiveDate')}
              disabled={disabled}
              required
              withAsterisk={first}
              w={190}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              mt={first ? 25 : 0}
              aria-label={market ? `Remove the date for ${market}` : `Remove market row ${index + 1}`}
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
              disabled={disabled}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        );
      })}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => onChange([...rows, { key: nextKey(), marketId: '', effectiveDate: '' }])}
          disabled={disabled || !dims.data || rows.length >= 300}
        >
          Add market
        </Button>
      </Group>
    </Stack>
  );
}
