import { Alert, Button, Group, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconMailOff, IconSend } from '@tabler/icons-react';
import type { MailStatus } from '@policyops/contracts';
import { notifySuccess } from '../../lib/problem-feedback';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { useMailStatus, useSendTestMail } from './useMail';

function security(status: MailStatus): string {
  return status.secure ? 'TLS from the first byte' : 'STARTTLS when the server offers it';
}

function SmtpDetails({ status }: { status: MailStatus }) {
  const rows: [string, string][] = [
    ['SMTP server', `${status.host}:${status.port}`],
    ['Connection', security(status)],
    ['Signs in', status.authenticated ? 'Yes, with a user name and password' : 'No'],
    ['Sent from', status.from],
  ];
  return (
    <Table variant="vertical" layout="fixed" withTableBorder aria-label="Mail settings">
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={160}>{label}</Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function SendTest() {
  const send = useSendTestMail();
  return (
    <Stack gap="sm">
      <Group>
        <Button
          leftSection={<IconSend size={16} aria-hidden />}
          loading={send.isPending}
          onClick={() =>
            send.mutate(undefined, { onSuccess: (result) => notifySuccess('Test message sent', `To ${result.to}`) })
          }
        >
          Send test message
        </Button>
        <Text size="sm" c="dimmed">
          Goes to your own address.
        </Text>
      </Group>
      {send.isSuccess ? (
        <Alert
          color="teal"
          variant="light"
          role="status"
          title="Test message sent"
          icon={<IconCircleCheck size={18} aria-hidden />}
        >
          <Text size="sm">
            The server accepted a message to {send.data.to}
            {send.data.response ? ` and answered “${send.data.response}”` : ''}. Check that inbox (and its spam folder).
          </Text>
        </Alert>
      ) : null}
      {send.isError ? <ErrorAlert error={send.error} onRetry={() => send.mutate()} retrying={send.isPending} /> : null}
    </Stack>
  );
}

/** Whether mail is on; if it is, the SMTP server (never the password) and a test message to prove it. */
export function MailPanel() {
  const status = useMailStatus();
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="mail-panel-title" maw={720}>
      <Stack gap="md">
        <Title order={2} id="mail-panel-title">
          Outgoing mail
        </Title>
        {status.isPending ? (
          <Skeleton height={120} aria-label="Loading the mail settings" />
        ) : status.isError ? (
          <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />
        ) : status.data.enabled ? (
          <>
            <SmtpDetails status={status.data} />
            <SendTest />
          </>
        ) : (
          <Alert
            color="gray"
            variant="light"
            title="Mail is off: messages are written to the server log"
            icon={<IconMailOff size={18} aria-hidden />}
          >
            <Text size="sm">
              No SMTP server is configured, so nobody receives e-mail: the server log records each message’s recipient
              and subject, never its text. To turn mail on, set SMTP_URL (or SMTP_HOST, SMTP_PORT, SMTP_USER and
              SMTP_PASSWORD) and MAIL_FROM in the server’s environment and restart it.
            </Text>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
