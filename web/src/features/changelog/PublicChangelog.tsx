import { Anchor, Box, Container, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconRss, IconSpeakerphone } from '@tabler/icons-react';
import { BrandMark } from '../../ui/BrandMark';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { ChangelogEntryCard } from './ChangelogEntryCard';
import { usePublicChangelog } from './useChangelog';

/** The public changelog page: readable without an account, with an Atom feed. */
export function PublicChangelog() {
  useDocumentTitle('Policy changelog');
  const changelog = usePublicChangelog();
  return (
    <Box component="main" py={40} px="md">
      <Container size="md">
        <Stack gap="lg">
          <Group justify="space-between" wrap="wrap">
            <BrandMark size={32} />
            <Anchor href="/api/public/changelog.atom" size="sm">
              <Group gap={6} component="span">
                <IconRss size={16} aria-hidden />
                Atom feed
              </Group>
            </Anchor>
          </Group>
          <Stack gap={4}>
            <Title order={1}>Policy changelog</Title>
            <Text c="dimmed">
              Changes to our community policies, with the date each takes effect and exactly what changed.
            </Text>
          </Stack>
          {changelog.isPending ? (
            <Stack role="status" aria-label="Loading the changelog">
              <Skeleton height={110} />
              <Skeleton height={110} />
            </Stack>
          ) : changelog.isError ? (
            <ErrorAlert error={changelog.error} onRetry={() => void changelog.refetch()} />
          ) : changelog.data.items.length === 0 ? (
            <EmptyState
              icon={<IconSpeakerphone size={28} aria-hidden />}
              title="No changes published yet"
              description="Published policy changes will appear here."
            />
          ) : (
            changelog.data.items.map((entry) => <ChangelogEntryCard key={entry.id} entry={entry} />)
          )}
        </Stack>
      </Container>
    </Box>
  );
}
