import { Button, Code, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconDownload, IconFileExport } from '@tabler/icons-react';
import { notifyError, notifySuccess } from '../../lib/problem-feedback';
import { formatBytes } from './archive-file';
import { useExportLibrary } from './useLibraryArchive';

/** Downloads the library as a zip of Markdown files; shows the refusal if the server sends one. */
export function ExportCard() {
  const exporter = useExportLibrary();
  const run = () =>
    exporter.mutate(undefined, {
      onSuccess: ({ fileName, size }) => notifySuccess('Library downloaded', `${fileName} (${formatBytes(size)})`),
      onError: (error) => notifyError(error, "Couldn't download the library"),
    });

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="export-heading">
      <Group align="flex-start" wrap="nowrap" gap="md">
        <ThemeIcon size={40} radius="md" variant="light" aria-hidden visibleFrom="xs">
          <IconFileExport size={22} stroke={1.7} />
        </ThemeIcon>
        <Stack gap="xs" style={{ flex: 1, minWidth: 0 }}>
          <Title order={2} id="export-heading">
            Export the library
          </Title>
          <Text size="sm">
            The download is a zip with <Code>library.yaml</Code>, listing the areas and each policy&apos;s details, and
            one Markdown file per version named <Code>&lt;policy&gt;/&lt;YYYY-MM-DD&gt;.md</Code> with front-matter for
            its label, state, people and public changelog entry. Each policy folder also has an{' '}
            <Code>anchors.yaml</Code> with the anchors of its clauses, so saved citation links and feed readers keep
            working after an import. It holds every policy you can see, and you can import it back here or into another
            PolicyOps workspace.
          </Text>
          <Group>
            <Button leftSection={<IconDownload size={16} aria-hidden />} loading={exporter.isPending} onClick={run}>
              Download library (.zip)
            </Button>
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
