import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { CopyField } from './CopyField';

export interface SecretModalProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  /** Label of the read-only field, e.g. "Invitation link". */
  label: string;
  value: string;
  copyLabel: string;
  children?: ReactNode;
}

/** Shows a value the server reveals only once (an invitation link, an API token secret). */
export function SecretModal({ opened, onClose, title, label, value, copyLabel, children }: SecretModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" closeOnClickOutside={false}>
      <Stack>
        {children ? (
          <Text size="sm" component="div">
            {children}
          </Text>
        ) : null}
        <CopyField label={label} value={value} copyLabel={copyLabel} />
        <Alert variant="light" color="yellow" icon={<IconEyeOff size={18} aria-hidden />} title="Shown once">
          Copy it now: after you close this window it cannot be displayed again.
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onClose}>Done</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
