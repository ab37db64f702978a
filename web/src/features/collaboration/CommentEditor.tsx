import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { isApiError } from '../../lib/api';
import { MentionTextarea } from './MentionTextarea';

export interface CommentEditorProps {
  label: string;
  submitLabel: string;
  initialBody?: string;
  /** Saves; throws the API error to show (field errors go under the textarea). */
  onSubmit: (body: string) => Promise<unknown>;
  onCancel?: () => void;
  autoFocus?: boolean;
}

const MAX_LENGTH = 20000;

/** Writing or editing a comment: Markdown, @mentions, Ctrl/⌘ Enter to send. */
export function CommentEditor({
  label,
  submitLabel,
  initialBody = '',
  onSubmit,
  onCancel,
  autoFocus,
}: CommentEditorProps) {
  const [body, setBody] = useState(initialBody);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (saving) return;
    if (!body.trim()) return setError('Write something first');
    if (body.length > MAX_LENGTH) return setError(`Use at most ${MAX_LENGTH.toLocaleString()} characters`);
    setSaving(true);
    setError(null);
    try {
      await onSubmit(body);
      if (!initialBody) setBody('');
    } catch (caught) {
      // Field errors belong under the textarea; anything else was already reported by the caller.
      if (isApiError(caught) && caught.fieldErrors['body.body']) setError(caught.fieldErrors['body.body']);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="xs">
        <MentionTextarea
          label={label}
          description="Markdown. Type @ and a name to mention someone; Ctrl/⌘ Enter to send."
          value={body}
          onChange={(value) => {
            setBody(value);
            if (error) setError(null);
          }}
          error={error}
          autoFocus={autoFocus}
          onSubmitShortcut={() => void submit()}
        />
        <Group justify="flex-end" gap="xs">
          {onCancel ? (
            <Button variant="default" onClick={onCancel} disabled={saving}>
              Cancel
            </Button>
          ) : null}
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
