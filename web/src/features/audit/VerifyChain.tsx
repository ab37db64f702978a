import { Alert, Button, Code, Stack, Text } from '@mantine/core';
import { IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { describeError } from '../../lib/problem-feedback';
import type { useVerifyAuditChain } from './useAudit';

/** The "Verify chain" button and its verdict (ok, or the first event that breaks the chain). */
export function VerifyChainButton({ verify }: { verify: ReturnType<typeof useVerifyAuditChain> }) {
  return (
    <Button
      variant="default"
      leftSection={<IconShieldCheck size={16} aria-hidden />}
      onClick={() => verify.mutate()}
      loading={verify.isPending}
    >
      Verify chain
    </Button>
  );
}

export function VerifyChainResult({ verify }: { verify: ReturnType<typeof useVerifyAuditChain> }) {
  if (verify.isError) {
    const { title, detail } = describeError(verify.error);
    return (
      <Alert
        color="red"
        title={`Could not verify: ${title}`}
        icon={<IconShieldX size={18} aria-hidden />}
        mb="md"
        role="alert"
      >
        {detail}
      </Alert>
    );
  }
  const result = verify.data;
  if (!result) return null;
  if (result.ok) {
    return (
      <Alert color="green" title="Chain intact" icon={<IconShieldCheck size={18} aria-hidden />} mb="md" role="status">
        All {result.checked.toLocaleString()} events match their hashes and link to the previous one
        {result.legacyEvents > 0
          ? ` (the first ${result.legacyEvents.toLocaleString()} were written before keyed hashing and are sealed)`
          : ''}
        . Events cut from the end can only be detected with a checkpoint exported before they were cut.
      </Alert>
    );
  }
  return (
    <Alert color="red" title="Chain broken" icon={<IconShieldX size={18} aria-hidden />} mb="md" role="alert">
      <Stack gap={4}>
        <Text size="sm">
          The first event that breaks the chain is <Code>#{result.firstBadSeq ?? '?'}</Code> (checked{' '}
          {result.checked.toLocaleString()} events).
        </Text>
        {result.reason ? <Text size="sm">Reason: {result.reason}</Text> : null}
      </Stack>
    </Alert>
  );
}
