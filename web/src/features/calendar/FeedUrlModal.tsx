import { Anchor, Text } from '@mantine/core';
import type { CalendarFeedCreated } from '@policyops/contracts';
import { SecretModal } from '../../ui/SecretModal';
import { webcalOf } from './calendar-queries';

/** The new feed's URL, shown once: copy it into a calendar app, or open it there directly. */
export function FeedUrlModal({ feed, onClose }: { feed: CalendarFeedCreated | null; onClose: () => void }) {
  return (
    <SecretModal
      opened={feed !== null}
      onClose={onClose}
      title="Calendar feed created"
      label="Feed URL"
      value={feed?.url ?? ''}
      copyLabel="Copy URL"
    >
      <Text size="sm">
        Add it to Google Calendar, Outlook or Apple Calendar as a calendar “from URL”
        {feed ? (
          <>
            , or{' '}
            <Anchor href={webcalOf(feed.url)} size="sm">
              open it in your calendar app
            </Anchor>
          </>
        ) : null}
        . Anyone with the URL sees what you see in it: keep it private, and revoke it if it leaks.
      </Text>
    </SecretModal>
  );
}
