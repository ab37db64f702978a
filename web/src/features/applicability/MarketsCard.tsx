import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconMapPlus, IconPencil, IconPlus, IconTrash, IconWorld } from '@tabler/icons-react';
import type { Market } from '@policyops/contracts';
import { useState } from 'react';
import { notifySuccess } from '../../lib/problem-feedback';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { groupMarkets } from './applicability-grid';
import { MarketFormModal } from './MarketFormModal';
import type { MarketFormTarget } from './MarketFormModal';
import { RefusalAlert, useRefusal } from './RefusalAlert';
import { useDeleteMarket } from './useApplicability';

export interface MarketsCardProps {
  markets: Market[] | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
}

const KIND_LABELS: Record<Market['kind'], string> = { global: 'Global', region: 'Region', country: 'Country' };

function MarketRow({
  market,
  depth,
  onEdit,
  onDelete,
  onAddCountry,
}: {
  market: Market;
  depth: number;
  onEdit: () => void;
  onDelete: () => void;
  onAddCountry?: () => void;
}) {
  return (
    <Group
      component="li"
      justify="space-between"
      gap="xs"
      py={6}
      pl={depth * 28}
      wrap="nowrap"
      style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
    >
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
        <Badge
          variant={market.kind === 'country' ? 'outline' : 'light'}
          color={market.kind === 'country' ? 'gray' : 'indigo'}
          w={84}
          style={{ flexShrink: 0 }}
          title={market.code}
        >
          {market.code}
        </Badge>
        <Text size="sm" fw={market.kind === 'country' ? 400 : 600} style={{ overflowWrap: 'anywhere' }}>
          {market.name}
        </Text>
        <Text size="xs" c="dimmed">
          {KIND_LABELS[market.kind]}
        </Text>
      </Group>
      <Group gap={4} wrap="nowrap">
        {onAddCountry ? (
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={`Add a country to ${market.name}`}
            onClick={onAddCountry}
          >
            <IconPlus size={16} aria-hidden />
          </ActionIcon>
        ) : null}
        <ActionIcon variant="subtle" color="gray" aria-label={`Edit ${market.name}`} onClick={onEdit}>
          <IconPencil size={16} aria-hidden />
        </ActionIcon>
        {market.kind === 'global' ? null : (
          <ActionIcon variant="subtle" color="red" aria-label={`Delete ${market.name}`} onClick={onDelete}>
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        )}
      </Group>
    </Group>
  );
}

/** The columns of every grid: Global, regions and their countries; add, edit, delete when unused. */
export function MarketsCard({ markets, loading, error, onRetry }: MarketsCardProps) {
  const remove = useDeleteMarket();
  const [form, setForm] = useState<MarketFormTarget | null>(null);
  const [deleting, setDeleting] = useState<Market | null>(null);
  const { problem, refused, clear } = useRefusal();

  const confirmDelete = () => {
    if (!deleting) return;
    const market = deleting;
    clear();
    remove.mutate(
      { id: market.id, version: market.version },
      {
        onSuccess: () => notifySuccess('Market deleted', market.name),
        onError: refused(`${market.name} was not deleted`),
        onSettled: () => setDeleting(null),
      },
    );
  };

  let body;
  if (loading) {
    body = <TableSkeleton rows={6} label="Loading markets" />;
  } else if (error || !markets) {
    body = <ErrorAlert error={error} onRetry={onRetry} />;
  } else if (markets.length === 0) {
    body = (
      <EmptyState
        icon={<IconWorld size={24} />}
        title="No markets yet"
        description="Add the regions and countries your policies apply to."
      />
    );
  } else {
    body = (
      <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }} aria-label="Markets">
        {groupMarkets(markets).flatMap((group) =>
          group.markets.map((market) => (
            <MarketRow
              key={market.id}
              market={market}
              depth={market.kind === 'country' && group.id !== 'other' ? 1 : 0}
              onEdit={() => setForm({ mode: 'edit', market })}
              onDelete={() => setDeleting(market)}
              onAddCountry={
                market.kind === 'region'
                  ? () => setForm({ mode: 'create', kind: 'country', parentId: market.id })
                  : undefined
              }
            />
          )),
        )}
      </Stack>
    );
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="markets-heading">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm">
          <div>
            <Title order={2} id="markets-heading">
              Markets
            </Title>
            <Text size="sm" c="dimmed">
              The columns of every grid. Countries follow their region, and regions follow Global, where nothing is set.
            </Text>
          </div>
          <Group gap="xs">
            <Button
              variant="default"
              size="xs"
              leftSection={<IconMapPlus size={14} aria-hidden />}
              onClick={() => setForm({ mode: 'create', kind: 'region', parentId: null })}
              disabled={!markets}
            >
              Add region
            </Button>
            <Button
              variant="default"
              size="xs"
              leftSection={<IconPlus size={14} aria-hidden />}
              onClick={() => setForm({ mode: 'create', kind: 'country', parentId: null })}
              disabled={!markets}
            >
              Add country
            </Button>
          </Group>
        </Group>
        <RefusalAlert problem={problem} onDismiss={clear} />
        {body}
      </Stack>
      {form && markets ? <MarketFormModal target={form} markets={markets} onClose={() => setForm(null)} /> : null}
      <ConfirmModal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        onConfirm={confirmDelete}
        loading={remove.isPending}
        danger
        title={`Delete ${deleting?.name ?? 'market'}?`}
        confirmLabel="Delete market"
      >
        It disappears from every grid. A market that a grid or an effective date still uses, or a region that still has
        countries, cannot be deleted.
      </ConfirmModal>
    </Paper>
  );
}
