import { Box, Skeleton, Stack, Text, Title, Typography } from '@mantine/core';
import type { ChangelogEntryDetail } from '@policyops/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import { ErrorAlert } from '../../ui/ErrorAlert';
import classes from './PublicChangelog.module.css';

/** HTML the server rendered from the policy's Markdown and sanitised (raw HTML escaped, safe links only). */
function ServerHtml({ html, whole = false }: { html: string; whole?: boolean }) {
  return (
    <Typography
      className={`${classes.html}${whole ? ` ${classes.whole}` : ''}`}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}

function Loading({ label, detail }: { label: string; detail: UseQueryResult<ChangelogEntryDetail> }) {
  if (detail.isError) return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  return (
    <Stack gap="xs" role="status" aria-label={label}>
      <Skeleton height={14} width="40%" />
      <Skeleton height={60} />
    </Stack>
  );
}

/** What changed since the previous public entry of the policy, or the whole text when this is its first. */
export function ChangesPanel({ id, detail }: { id: string; detail: UseQueryResult<ChangelogEntryDetail> }) {
  if (!detail.data) return <Loading label="Loading what changed" detail={detail} />;
  const { previous, changes } = detail.data;
  return (
    <Box component="section" aria-labelledby={`${id}-changes-title`} pt="xs">
      <Title order={3} id={`${id}-changes-title`}>
        {previous ? `What changed since version ${previous.label}` : 'First version on this changelog'}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {previous
          ? `${changes.summary}. Added words are underlined in green, removed words struck through in red; unchanged parts are not shown.`
          : 'The whole text is new: this is the first version of this policy published here.'}
      </Text>
      <ServerHtml html={changes.html} whole={!previous} />
    </Box>
  );
}

/** The version's full text. */
export function FullTextPanel({ id, detail }: { id: string; detail: UseQueryResult<ChangelogEntryDetail> }) {
  if (!detail.data) return <Loading label="Loading the full text" detail={detail} />;
  return (
    <Box component="section" aria-labelledby={`${id}-text-title`} pt="xs">
      <Title order={3} id={`${id}-text-title`} mb="sm">
        Full text of version {detail.data.version.label}
      </Title>
      <ServerHtml html={detail.data.html} />
    </Box>
  );
}
