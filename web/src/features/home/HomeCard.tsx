import { Badge, Group, Paper, Skeleton, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { LinkProps } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { AnchorLink } from '../../ui/router-links';
import classes from './HomeCard.module.css';

export interface HomeCardProps {
  /** Unique on the page; names the heading's id. */
  id: string;
  /** The card's heading (an h2), which also names its region. */
  title: string;
  icon: Icon;
  /** One dimmed line under the title (the card's scope, e.g. "Next 30 days"). */
  description?: string;
  /** How many there are in all, beside the title; nothing while unknown or zero. */
  count?: number | undefined;
  /** A link to the full list (see `SeeAllLink`), when one exists. */
  action?: ReactNode;
  children: ReactNode;
}

/**
 * One card of the home page: a titled region with an optional count and "See all" link. Cards are listed in
 * `home-cards.tsx`; each renders its own states through `CardStates`.
 */
export function HomeCard({ id, title, icon: CardIcon, description, count, action, children }: HomeCardProps) {
  const headingId = `home-card-${id}`;
  return (
    <Paper component="section" withBorder radius="md" p="md" aria-labelledby={headingId} className={classes.card}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs" mb="sm">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Group gap={8} wrap="nowrap">
            <CardIcon size={18} stroke={1.7} aria-hidden className={classes.icon} />
            <Title order={2} size="h5" id={headingId}>
              {title}
            </Title>
            {count ? (
              <Badge variant="light" color="gray" size="sm" circle={count < 10}>
                {count}
              </Badge>
            ) : null}
          </Group>
          {description ? (
            <Text size="xs" c="dimmed" ml={26}>
              {description}
            </Text>
          ) : null}
        </Stack>
        {action}
      </Group>
      {children}
    </Paper>
  );
}

/** "See all" to a full list; the hidden rest of the name says which. */
export function SeeAllLink({ to, search, what }: { to: LinkProps['to']; search?: LinkProps['search']; what: string }) {
  return (
    <AnchorLink to={to} search={search} size="sm" style={{ whiteSpace: 'nowrap' }}>
      See all<VisuallyHidden> {what}</VisuallyHidden>
    </AnchorLink>
  );
}

/** What an empty card says: the fact, then what to do about it (often with a link). */
export function CardEmpty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      {children ? (
        <Text size="sm" c="dimmed">
          {children}
        </Text>
      ) : null}
    </Stack>
  );
}

/** A card's placeholder while it loads, shaped like its rows. */
export function CardSkeleton({ label, rows = 3 }: { label: string; rows?: number }) {
  return (
    <Stack gap="xs" role="status" aria-label={label}>
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} height={38} radius="sm" />
      ))}
    </Stack>
  );
}

export interface CardStatesProps<T> {
  query: UseQueryResult<T>;
  /** Accessible name of the loading placeholder, e.g. "Loading your drafts". */
  loadingLabel: string;
  rows?: number;
  isEmpty: (data: T) => boolean;
  empty: ReactNode;
  children: (data: T) => ReactNode;
}

/** Loading, failed (with Retry), empty or the card's content, for a card fed by one query. */
export function CardStates<T>({ query, loadingLabel, rows, isEmpty, empty, children }: CardStatesProps<T>) {
  if (query.isPending) return <CardSkeleton label={loadingLabel} rows={rows} />;
  if (query.isError)
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} retrying={query.isRefetching} />;
  return <>{isEmpty(query.data) ? empty : children(query.data)}</>;
}

/** The rows of a card, one `<li className={itemClass}>` each. */
export function CardList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <ul className={classes.list} aria-label={label}>
      {children}
    </ul>
  );
}

export const itemClass = classes.item;

/** "Showing 10 of 14": said under a list cut short. */
export function ShownOf({ shown, total }: { shown: number; total: number }) {
  if (total <= shown) return null;
  return (
    <Text size="xs" c="dimmed" mt="xs">
      Showing {shown} of {total}.
    </Text>
  );
}
