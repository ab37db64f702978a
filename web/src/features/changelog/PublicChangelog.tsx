import { Anchor, Box, Container, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconRss, IconSpeakerphone } from '@tabler/icons-react';
import { useEffect } from 'react';
import { BrandMark } from '../../ui/BrandMark';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { ChangelogEntryCard } from './ChangelogEntryCard';
import { usePublicChangelog } from './useChangelog';

const FEED = '/api/public/changelog.atom';

/** Lets browsers and feed readers find the Atom feed from the page itself. */
function useFeedLink() {
  useEffect(() => {
    const link = document.createElement('link');
    Object.assign(link, { rel: 'alternate', type: 'application/atom+xml', title: 'Policy changelog', href: FEED });
    document.head.appendChild(link);
    return () => link.remove();
  }, []);
}

/** The public changelog page: readable without an account, with an Atom feed. */
export function PublicChangelog() {
  useDocumentTitle('Policy changelog');
  useFeedLink();
  const changelog = usePublicChangelog();
  return (
    <Box component="main" py={40} px="md">
      <Container size="md">
        <Stack gap="lg">
          <Group justify="space-between" wrap="wrap">
            <BrandMark size={32} />
            <Anchor href={FEED} size="sm">
              <Group gap={6} component="span">
                <IconRss size={16} aria-hidden />
                Atom feed
              </Group>
            </Anchor>
          </Group>
          <Stack gap={4}>
            <Title order={1}>Policy changelog</Title>
            <Text c="dimmed">
              Changes to our community policies: what changed, when each change takes effect (and where it takes effect
              on another date), and the exact wording added or removed.
            </Text>
          </Stack>
          {changelog.isPending ? (
            <Stack role="status" aria-label="Loading the changelog">
              <Skeleton height={150} />
              <Skeleton height={150} />
            </Stack>
          ) : changelog.isError ? (
            <ErrorAlert error={changelog.error} onRetry={() => void changelog.refetch()} />
          ) : changelog.data.items.length === 0 ? (
            <EmptyState
              icon={<IconSpeakerphone size={28} aria-hidden />}
              title="No changes published yet"
              description="Published policy changes will appear here, newest first."
            />
          ) : (
            <Stack gap="md">
              {changelog.data.items.map((entry) => (
                <ChangelogEntryCard key={entry.id} entry={entry} />
              ))}
            </Stack>
          )}
          <Text size="sm" c="dimmed" component="footer">
            Newest changes first. Follow them in a feed reader with the{' '}
            <Anchor href={FEED} underline="always">
              Atom feed
            </Anchor>
            .
          </Text>
        </Stack>
      </Container>
    </Box>
  );
}
