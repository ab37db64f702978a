import { Button } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import type { CalendarFeedCreated } from '@policyops/contracts';
import { useState } from 'react';
import { notifyError } from '../../lib/problem-feedback';
import { FeedUrlModal } from './FeedUrlModal';
import { useCreateCalendarFeed } from './calendar-queries';

export interface CalendarSubscribeButtonProps {
  workingGroupId: string;
  /** Used to name the feed, e.g. the group's name. */
  groupName?: string;
}

/** "Subscribe in calendar" for a working group: makes a feed URL (shown once) of the group's dates. */
export function CalendarSubscribeButton({ workingGroupId, groupName }: CalendarSubscribeButtonProps) {
  const create = useCreateCalendarFeed();
  const [created, setCreated] = useState<CalendarFeedCreated | null>(null);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconCalendarPlus size={16} aria-hidden />}
        loading={create.isPending}
        onClick={() =>
          create.mutate(
            { ownerKind: 'working_group', workingGroupId, name: (groupName ?? 'Working group').slice(0, 120) },
            { onSuccess: setCreated, onError: (error) => notifyError(error) },
          )
        }
      >
        Subscribe in calendar
      </Button>
      <FeedUrlModal feed={created} onClose={() => setCreated(null)} />
    </>
  );
}
