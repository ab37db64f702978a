import { Group, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { Ago } from '../Ago';
import { AnchorLink } from '../../../ui/router-links';
import { StateBadge } from '../StateBadge';
import { CardEmpty, CardList, CardStates, HomeCard, ShownOf, itemClass } from '../HomeCard';
import { usePolicyWork } from '../home-queries';

/** Versions the caller wrote that are not published yet (draft, in review, approved), most recently changed first. */
export function MyDraftsCard() {
  const query = usePolicyWork();
  return (
    <HomeCard id="drafts" title="Your drafts" icon={IconPencil} count={query.data?.myDrafts.total}>
      <CardStates
        query={query}
        loadingLabel="Loading your drafts"
        isEmpty={(data) => data.myDrafts.items.length === 0}
        empty={
          <CardEmpty title="No drafts in progress">
            Start one from a policy in the library: open it and choose New draft.{' '}
            <AnchorLink to="/policies" size="sm" underline="always">
              Open the library
            </AnchorLink>
          </CardEmpty>
        }
      >
        {({ myDrafts: { items, total } }) => (
          <>
            <CardList label="Your drafts">
              {items.map((draft) => (
                <li key={draft.version.id} className={itemClass}>
                  <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                    <Stack gap={0} style={{ minWidth: 0 }}>
                      <AnchorLink
                        to="/policies/$policyId/versions/$versionId"
                        params={{ policyId: draft.policy.slug, versionId: draft.version.id }}
                        size="sm"
                        fw={600}
                      >
                        {draft.policy.title}, version {draft.version.label}
                      </AnchorLink>
                      <Text size="xs" c="dimmed">
                        Edited <Ago value={draft.updatedAt} />
                      </Text>
                    </Stack>
                    <StateBadge state={draft.version.state} />
                  </Group>
                </li>
              ))}
            </CardList>
            <ShownOf shown={items.length} total={total} />
          </>
        )}
      </CardStates>
    </HomeCard>
  );
}
