import { Alert, Button, Text } from '@mantine/core';
import { IconSpeakerphone } from '@tabler/icons-react';
import { useState } from 'react';
import type { PolicyVersion } from '@policyops/contracts';
import { notifyError, notifySuccess } from '../../lib/problem-feedback';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { RelativeTime } from '../../ui/RelativeTime';
import { useAddToChangelog } from './useVersionMutations';

/** "Add to public changelog" for a live version, or where it already stands there. */
export function ChangelogAction({ policyRef, version }: { policyRef: string; version: PolicyVersion }) {
  const [confirming, setConfirming] = useState(false);
  const add = useAddToChangelog(policyRef, version.id);
  if (version.addedToChangelogAt) {
    return (
      <Alert color="teal" variant="light" icon={<IconSpeakerphone size={16} aria-hidden />}>
        <Text size="sm">
          On the public changelog since <RelativeTime value={version.addedToChangelogAt} />.
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
        onClick={() => setConfirming(true)}
      >
        Add to public changelog
      </Button>
      <ConfirmModal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={`Publish version ${version.label} to the public changelog?`}
        confirmLabel="Publish to changelog"
        loading={add.isPending}
        onConfirm={() =>
          add.mutate(undefined, {
            onSuccess: () => {
              setConfirming(false);
              notifySuccess('Added to the public changelog', `Version ${version.label}`);
            },
            onError: (error) => {
              setConfirming(false);
              notifyError(error);
            },
          })
        }
      >
        <Text size="sm">
          Anyone, without signing in, will see this version's change summary, its effective date and what changed. This
          cannot be undone.
        </Text>
      </ConfirmModal>
    </>
  );
}
