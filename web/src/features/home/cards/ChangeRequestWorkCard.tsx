import { Badge, Group, Stack, Text } from '@mantine/core';
import { CR_STAGE_LABELS, type CrMyWork } from '@policyops/contracts';
import { IconRocket } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { AnchorLink } from '../../../ui/router-links';
import { CardEmpty, CardList, CardStates, HomeCard, SeeAllLink, itemClass } from '../HomeCard';

/** Under ['change-requests'], so every change-request change refetches it. */
export const crMyWorkKey = ['change-requests', 'my-work'] as const;

function useCrMyWork() {
  return useQuery({
    queryKey: crMyWorkKey,
    queryFn: ({ signal }) => api.get<CrMyWork>('/api/change-requests/my-work', undefined, signal),
  });
}

/** My post-launch reviews coming due and my change requests past their stage target. */
export function ChangeRequestWorkCard() {
  const query = useCrMyWork();
  const count = query.data ? query.data.reviewsDue.length + query.data.overdue.length : undefined;
  return (
    <HomeCard
      id="change-request-work"
      title="Your change requests"
      icon={IconRocket}
      description="Post-launch reviews due and stages overdue"
      count={count}
      action={<SeeAllLink to="/change-requests" what="change requests" />}
    >
      <CardStates
        query={query}
        loadingLabel="Loading your change-request work"
        rows={2}
        isEmpty={(data) => data.reviewsDue.length === 0 && data.overdue.length === 0}
        empty={
          <CardEmpty title="Nothing due on your change requests">
            Post-launch reviews appear here a week before they are due, and so does a change request of yours that stays
            in a stage longer than its target.
          </CardEmpty>
        }
      >
        {({ reviewsDue, overdue }) => (
          <CardList label="Your change-request work">
            {reviewsDue.map(({ changeRequest, review }) => (
              <li key={review.id} className={itemClass}>
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <AnchorLink
                      to="/change-requests/$changeRequestId"
                      params={{ changeRequestId: changeRequest.id }}
                      size="sm"
                      fw={600}
                    >
                      CR-{changeRequest.number} {changeRequest.title}
                    </AnchorLink>
                    <Text size="xs" c="dimmed">
                      {review.offsetDays}-day post-launch review, due {review.dueOn}
                    </Text>
                  </Stack>
                  <Badge variant="light" color={review.status === 'overdue' ? 'red' : 'blue'} size="sm">
                    {review.status === 'overdue' ? 'Overdue' : 'Due'}
                  </Badge>
                </Group>
              </li>
            ))}
            {overdue.map((cr) => (
              <li key={cr.id} className={itemClass}>
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <AnchorLink
                      to="/change-requests/$changeRequestId"
                      params={{ changeRequestId: cr.id }}
                      size="sm"
                      fw={600}
                    >
                      CR-{cr.number} {cr.title}
                    </AnchorLink>
                    <Text size="xs" c="dimmed">
                      In {CR_STAGE_LABELS[cr.stage]}
                      {cr.stageDueOn ? `, past its target of ${cr.stageDueOn}` : ', past its target'}
                    </Text>
                  </Stack>
                  <Badge variant="light" color="red" size="sm">
                    Stage overdue
                  </Badge>
                </Group>
              </li>
            ))}
          </CardList>
        )}
      </CardStates>
    </HomeCard>
  );
}
