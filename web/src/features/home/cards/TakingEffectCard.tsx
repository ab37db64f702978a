import { Group, Stack, Text } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import type { TakingEffect } from '@policyops/contracts';
import { AnchorLink } from '../../../ui/router-links';
import { StateBadge } from '../StateBadge';
import { CardEmpty, CardList, CardStates, HomeCard, SeeAllLink, ShownOf, itemClass } from '../HomeCard';
import { addDays, formatDay, relativeDay } from '../home-dates';
import { usePolicyWork } from '../home-queries';

/** The window the server lists (SOON_DAYS in policy-work.service.ts), for the heading and the "See all" range. */
const WINDOW_DAYS = 30;

function Row({ item, today }: { item: TakingEffect; today: string }) {
  // The server lists dates from its today on: a date later than today is still scheduled; today's is live.
  const state = item.effectiveDate > today ? 'scheduled' : 'live';
  return (
    <li className={itemClass}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <AnchorLink
            to="/policies/$policyId/versions/$versionId"
            params={{ policyId: item.policy.slug, versionId: item.version.id }}
            size="sm"
            fw={600}
          >
            {item.policy.title}, version {item.version.label}
          </AnchorLink>
          <Group gap={6} wrap="wrap">
            <StateBadge state={state} />
            <Text size="xs" c="dimmed">
              {item.market ? `In ${item.market.name} (${item.market.code})` : 'Global date'}
            </Text>
          </Group>
        </Stack>
        <Stack gap={0} align="flex-end" style={{ flexShrink: 0 }}>
          <Text size="sm" fw={500}>
            <time dateTime={item.effectiveDate}>{relativeDay(today, item.effectiveDate)}</time>
          </Text>
          <Text size="xs" c="dimmed">
            {formatDay(item.effectiveDate)}
          </Text>
        </Stack>
      </Group>
    </li>
  );
}

/** Published versions taking effect from today to 30 days ahead, globally and per market, soonest first. */
export function TakingEffectCard() {
  const query = usePolicyWork();
  const today = query.data?.today;
  return (
    <HomeCard
      id="taking-effect"
      title="Taking effect soon"
      description={`The next ${WINDOW_DAYS} days, globally and per market`}
      icon={IconCalendarEvent}
      count={query.data?.takingEffectSoon.total}
      action={
        today ? (
          <SeeAllLink
            to="/policies/changes"
            search={{ from: today, to: addDays(today, WINDOW_DAYS) }}
            what="changes taking effect"
          />
        ) : null
      }
    >
      <CardStates
        query={query}
        loadingLabel="Loading what takes effect soon"
        isEmpty={(data) => data.takingEffectSoon.items.length === 0}
        empty={
          <CardEmpty title={`Nothing takes effect in the next ${WINDOW_DAYS} days`}>
            A version made live with a future effective date (globally or in a market) shows here until that day.{' '}
            <AnchorLink to="/policies/changes" size="sm" underline="always">
              See past changes
            </AnchorLink>
          </CardEmpty>
        }
      >
        {({ takingEffectSoon: { items, total }, today: serverToday }) => (
          <>
            <CardList label="Versions taking effect soon">
              {items.map((item) => (
                <Row key={`${item.version.id}:${item.market?.id ?? 'global'}`} item={item} today={serverToday} />
              ))}
            </CardList>
            <ShownOf shown={items.length} total={total} />
          </>
        )}
      </CardStates>
    </HomeCard>
  );
}
