import { Text } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import { AnchorLink } from '../../../ui/router-links';
import { CardEmpty, CardStates, HomeCard } from '../HomeCard';
import { useUnreadCount } from '../home-queries';

const WHAT_ARRIVES = 'Mentions, review requests and changes to what you watch arrive there.';

/** How many notifications are unread, and the way to the inbox. */
export function InboxCard() {
  const query = useUnreadCount();
  return (
    <HomeCard
      id="inbox"
      title="Inbox"
      icon={IconInbox}
      action={
        <AnchorLink to="/inbox" size="sm" style={{ whiteSpace: 'nowrap' }}>
          Open inbox
        </AnchorLink>
      }
    >
      <CardStates
        query={query}
        loadingLabel="Loading your unread count"
        rows={1}
        isEmpty={(data) => data.count === 0}
        empty={<CardEmpty title="You are all caught up">Nothing unread. {WHAT_ARRIVES}</CardEmpty>}
      >
        {({ count }) => (
          <>
            <Text size="sm" lh={1.1}>
              <Text span fz={28} fw={700}>
                {count.toLocaleString()}
              </Text>{' '}
              unread
            </Text>
            <Text size="xs" c="dimmed" mt={4}>
              {WHAT_ARRIVES}
            </Text>
          </>
        )}
      </CardStates>
    </HomeCard>
  );
}
