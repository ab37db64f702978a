import { Alert, Anchor, Blockquote, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { IconSpeakerphone } from '@tabler/icons-react';
import { useState } from 'react';
import { ChangelogPublishSchema, PUBLIC_SUMMARY_MAX, type PolicyVersion } from '@policyops/contracts';
import { applyErrorToForm, notifySuccess } from '../../lib/problem-feedback';
import { RelativeTime } from '../../ui/RelativeTime';
import { useAddToChangelog } from './useVersionMutations';

interface PublishValues {
  publicSummary: string;
}

/** The publish dialog: the public summary is written here, apart from the internal change summary. */
function PublishDialog({
  policyRef,
  version,
  opened,
  onClose,
}: {
  policyRef: string;
  version: PolicyVersion;
  opened: boolean;
  onClose: () => void;
}) {
  const add = useAddToChangelog(policyRef, version.id);
  const form = useForm<PublishValues>({
    initialValues: { publicSummary: '' },
    validate: schemaResolver(ChangelogPublishSchema, { sync: true }),
  });
  const close = () => {
    form.reset();
    onClose();
  };
  const submit = form.onSubmit((values) =>
    add.mutate(values, {
      onSuccess: () => {
        notifySuccess('Added to the public changelog', `Version ${version.label}`);
        close();
      },
      onError: (error) => applyErrorToForm(form, error),
    }),
  );
  const length = form.getValues().publicSummary.trim().length;
  return (
    <Modal opened={opened} onClose={close} title={`Publish version ${version.label} to the public changelog`} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">
            Anyone, without signing in, will see the public summary you write here, when this version takes effect (in
            each market) and exactly what changed since the previous public entry of this policy. This cannot be undone.
          </Text>
          {version.changeSummary ? (
            <Stack gap={4}>
              <Text size="sm" fw={600} id="internal-summary-label">
                Internal change summary (not published)
              </Text>
              <Blockquote p="xs" aria-labelledby="internal-summary-label" styles={{ root: { fontSize: 'inherit' } }}>
                <Text size="sm">{version.changeSummary}</Text>
              </Blockquote>
            </Stack>
          ) : null}
          <Textarea
            label="Public summary"
            description="For readers outside the company: what changed and what it means for them. Plain text."
            placeholder="e.g. Coded slurs are now treated like other slurs."
            required
            autosize
            minRows={3}
            maxRows={8}
            data-autofocus
            {...form.getInputProps('publicSummary')}
          />
          <Text size="xs" c={length > PUBLIC_SUMMARY_MAX ? 'red.8' : 'dimmed'} aria-live="polite">
            {length} / {PUBLIC_SUMMARY_MAX} characters
          </Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close} disabled={add.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={add.isPending}>
              Publish to changelog
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** "Add to public changelog" for a version in force or scheduled, or where it already stands there. */
export function ChangelogAction({ policyRef, version }: { policyRef: string; version: PolicyVersion }) {
  const [publishing, setPublishing] = useState(false);
  if (version.addedToChangelogAt) {
    return (
      <Alert color="teal" variant="light" icon={<IconSpeakerphone size={16} aria-hidden />}>
        <Text size="sm">
          On the public changelog since <RelativeTime value={version.addedToChangelogAt} />.{' '}
          <Anchor href="/changelog" size="sm" underline="always">
            View the public changelog
          </Anchor>
        </Text>
      </Alert>
    );
  }
  if (!version.abilities.addToChangelog) return null;
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconSpeakerphone size={16} aria-hidden />}
        onClick={() => setPublishing(true)}
      >
        Add to public changelog
      </Button>
      <PublishDialog policyRef={policyRef} version={version} opened={publishing} onClose={() => setPublishing(false)} />
    </>
  );
}
