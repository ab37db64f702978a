import { Button, Group, Tabs, Text, Textarea, Typography } from '@mantine/core';
import type { Meeting } from '@policyops/contracts';
import { useState } from 'react';
import { notifyError, notifySuccess } from '../../lib/problem-feedback';
import { handleConflict, useUpdateMeeting } from './wg-queries';

/** The notes editor: Markdown in, the server's sanitised rendering as the preview once saved. */
export function MeetingNotes({ meeting }: { meeting: Meeting }) {
  const update = useUpdateMeeting(meeting.id);
  const [draft, setDraft] = useState(meeting.notes);
  const dirty = draft !== meeting.notes;
  const save = () =>
    update.mutate(
      { version: meeting.version, notes: draft },
      {
        onSuccess: () => notifySuccess('Notes saved'),
        onError: (e) => {
          if (!handleConflict(e)) notifyError(e);
        },
      },
    );
  const preview = meeting.notesHtml ? (
    <Typography>
      <div dangerouslySetInnerHTML={{ __html: meeting.notesHtml }} />
    </Typography>
  ) : (
    <Text size="sm" c="dimmed">
      No notes yet.
    </Text>
  );
  if (!meeting.abilities.edit) return preview;
  return (
    <Tabs defaultValue="write">
      <Tabs.List>
        <Tabs.Tab value="write">Write</Tabs.Tab>
        <Tabs.Tab value="preview">Preview (saved)</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="write" pt="xs">
        <Textarea
          aria-label="Notes (Markdown)"
          autosize
          minRows={6}
          value={draft}
          onChange={(e) => setDraft(e.currentTarget.value)}
          styles={{ input: { fontFamily: 'monospace' } }}
        />
        <Group justify="flex-end" mt="xs">
          <Button size="xs" variant="default" disabled={!dirty} onClick={() => setDraft(meeting.notes)}>
            Discard
          </Button>
          <Button size="xs" disabled={!dirty} loading={update.isPending} onClick={save}>
            Save notes
          </Button>
        </Group>
      </Tabs.Panel>
      <Tabs.Panel value="preview" pt="xs">
        {preview}
      </Tabs.Panel>
    </Tabs>
  );
}
