import { Alert, Button, Code, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconDownload, IconFileCertificate } from '@tabler/icons-react';
import { describeError, notifySuccess } from '../../lib/problem-feedback';
import { useExportAuditCheckpoint } from './useAudit';

/**
 * "Export checkpoint": explains what a checkpoint is for, then downloads one signed by the server.
 * The page is for admins only (audit.read), so the button needs no further check.
 */
export function ExportCheckpoint() {
  const [opened, { open, close }] = useDisclosure(false);
  const exporter = useExportAuditCheckpoint();
  const dismiss = () => {
    exporter.reset();
    close();
  };
  const run = () =>
    exporter.mutate(undefined, {
      onSuccess: ({ checkpoint, fileName }) => {
        notifySuccess('Checkpoint downloaded', `${fileName} covers events 1 to ${checkpoint.seq.toLocaleString()}.`);
        dismiss();
      },
    });
  const failure = exporter.isError ? describeError(exporter.error) : null;

  return (
    <>
      <Button variant="default" leftSection={<IconFileCertificate size={16} aria-hidden />} onClick={open}>
        Export checkpoint
      </Button>
      <Modal opened={opened} onClose={dismiss} title="Export a signed checkpoint" size="lg">
        <Stack gap="sm">
          <Text size="sm">
            A checkpoint is a small signed file that names the newest audit event and its hash. The chain alone cannot
            show that events were cut from its end; a checkpoint kept elsewhere can.
          </Text>
          <List size="sm" spacing={4}>
            <List.Item>
              Keep this file somewhere the database&apos;s administrators cannot change it (a different system, a
              ticket, a signed e-mail).
            </List.Item>
            <List.Item>
              Later, <Code>npm run audit:verify -- --checkpoint FILE</Code> proves that nothing up to that event was
              rewritten or removed. Events written after the newest checkpoint are not covered, so export one regularly.
            </List.Item>
            <List.Item>The export is recorded in the audit log.</List.Item>
          </List>
          {failure ? (
            <Alert color="red" title={`Could not export: ${failure.title}`} role="alert">
              {failure.detail}
            </Alert>
          ) : null}
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={dismiss}>
              Cancel
            </Button>
            <Button leftSection={<IconDownload size={16} aria-hidden />} loading={exporter.isPending} onClick={run}>
              Download checkpoint (.json)
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
