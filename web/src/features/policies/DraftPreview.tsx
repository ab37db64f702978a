import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useDeferredValue, useMemo } from 'react';
import { MarkdownView } from './MarkdownView';
import { markdownOutline } from './markdown';

/** The live, sanitised preview of a draft with its section outline (the `##` headings). */
export function DraftPreview({ markdown }: { markdown: string }) {
  // Rendering a long text on every keystroke would make typing lag; the preview may trail a little.
  const deferred = useDeferredValue(markdown);
  const outline = useMemo(() => markdownOutline(deferred), [deferred]);

  return (
    <Stack gap="sm">
      {/* A labelled region rather than a <nav>: section names must not mix with the app's navigation links. */}
      <Paper withBorder p="sm" component="section" aria-labelledby="outline-heading">
        <Title order={2} size="h3" id="outline-heading" mb={4}>
          Sections
        </Title>
        {outline.length === 0 ? (
          <Text size="sm" c="dimmed">
            No sections yet: start a line with “## ” to add one.
          </Text>
        ) : (
          <Stack component="ol" gap={2} m={0} pl="md">
            {outline.map((entry) => (
              <li key={entry.id}>
                <Anchor
                  href={`#${entry.id}`}
                  size="sm"
                  onClick={(event) => {
                    event.preventDefault();
                    const target = document.getElementById(entry.id);
                    target?.scrollIntoView({ block: 'start' });
                  }}
                >
                  {entry.text}
                </Anchor>
              </li>
            ))}
          </Stack>
        )}
      </Paper>
      <Paper withBorder p="lg" component="section" aria-labelledby="preview-heading">
        <Title order={2} size="h3" id="preview-heading" mb="sm">
          Preview
        </Title>
        <MarkdownView markdown={deferred} />
      </Paper>
    </Stack>
  );
}
