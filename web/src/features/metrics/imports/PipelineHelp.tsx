import { ActionIcon, Card, Code, CopyButton, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { AnchorLink } from '../../../ui/router-links';
import { METRIC_IMPORTS_PATH } from './upload-metric-file';

function curlCommand(origin: string): string {
  return [
    `curl --fail-with-body -X POST "${origin}${METRIC_IMPORTS_PATH}?fileName=metrics.csv" \\`,
    '  -H "Authorization: Bearer $POLICYOPS_TOKEN" \\',
    '  -H "Content-Type: text/csv" \\',
    '  --data-binary @metrics.csv',
  ].join('\n');
}

/** How a nightly job sends the same files without the browser: the upload route with an API token. */
export function PipelineHelp() {
  const command = curlCommand(window.location.origin);
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="metric-pipeline-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="metric-pipeline-heading">
          From a pipeline
        </Title>
        <Text size="sm">
          Send the file to the same endpoint with an API token of someone allowed to import metrics. Create one under{' '}
          <AnchorLink to="/account" search={{ tab: 'tokens' }}>
            Account → API tokens
          </AnchorLink>
          .
        </Text>
        <Group align="flex-start" gap="xs" wrap="nowrap">
          <Code block style={{ flex: 1, minWidth: 0, overflowX: 'auto' }}>
            {command}
          </Code>
          <CopyButton value={command} timeout={2000}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? 'Copied' : 'Copy the command'} position="left">
                <ActionIcon
                  variant={copied ? 'filled' : 'default'}
                  color={copied ? 'teal' : undefined}
                  size="lg"
                  onClick={copy}
                  aria-label={copied ? 'Copied' : 'Copy the command'}
                >
                  {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        </Group>
        <Text size="sm" c="dimmed">
          For NDJSON send <Code>Content-Type: application/x-ndjson</Code>. A small file answers 201 with the finished
          import; a large one answers 202 while it runs as a job: poll <Code>GET {METRIC_IMPORTS_PATH}/&lt;id&gt;</Code>{' '}
          until its state is completed, rejected or failed. A rejected file answers 400 with each problem&apos;s line
          and column.
        </Text>
      </Stack>
    </Card>
  );
}
