import { Group } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { AnchorLink } from '../../ui/router-links';

/** "← Policies", or "← <policy title>" inside a policy. */
export function PolicyBackLink({ policyRef, title }: { policyRef?: string; title?: string }) {
  const content = (label: string) => (
    <Group gap={4} component="span">
      <IconArrowLeft size={14} aria-hidden /> {label}
    </Group>
  );
  if (policyRef) {
    return (
      <AnchorLink to="/policies/$policyId" params={{ policyId: policyRef }} size="sm" c="dimmed">
        {content(title ?? 'Policy')}
      </AnchorLink>
    );
  }
  return (
    <AnchorLink to="/policies" size="sm" c="dimmed">
      {content('Policies')}
    </AnchorLink>
  );
}
