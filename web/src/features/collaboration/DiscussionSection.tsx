import { Group, Paper, Tabs, Title } from '@mantine/core';
import { useId } from 'react';
import { ActivityFeed } from './ActivityFeed';
import { CommentsPanel } from './CommentsPanel';
import type { EntityTarget } from './collaboration-queries';
import { WatchButton } from './WatchButton';

export interface DiscussionSectionProps {
  target: EntityTarget;
  /** What the record is, for accessible names: "policy". */
  noun: string;
}

/** Comments and activity of a record, with its watch button: the collaboration block of a page. */
export function DiscussionSection({ target, noun }: DiscussionSectionProps) {
  const headingId = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} mt="lg">
      <Group justify="space-between" mb="sm" wrap="wrap" gap="xs">
        <Title order={2} size="h3" id={headingId}>
          Discussion
        </Title>
        <WatchButton target={target} />
      </Group>
      <Tabs defaultValue="comments">
        <Tabs.List mb="md">
          <Tabs.Tab value="comments">Comments</Tabs.Tab>
          <Tabs.Tab value="activity">Activity</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="comments">
          <CommentsPanel target={target} />
        </Tabs.Panel>
        <Tabs.Panel value="activity">
          <ActivityFeed scope={{ entity: target }} label={`Activity on this ${noun}`} />
        </Tabs.Panel>
      </Tabs>
    </Paper>
  );
}
