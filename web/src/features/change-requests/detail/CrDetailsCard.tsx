import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { CR_SOURCE_LABELS, CR_TYPE_LABELS, MODERATION_WORKLOAD_LABELS } from '@policyops/contracts';
import { useId } from 'react';
import { formatDate } from '../../../lib/format';
import { AnchorLink } from '../../../ui/router-links';
import { useApplicabilityDimensions } from '../../applicability';
import { RISK_LEVEL_LABELS } from '../cr-labels';
import type { CrDetail } from './cr-detail-queries';
import { useLinkedNames } from './useLinkedRecords';

const NOT_ASSESSED = 'Not assessed';

/** The sidebar: properties, impact and links, like Linear's issue sidebar. */
export function CrDetailsCard({ cr }: { cr: CrDetail }) {
  const titleId = useId();
  const dims = useApplicabilityDimensions();
  const names = useLinkedNames(cr.links.initiativeIds, cr.links.changeRequestIds);
  const surface = (id: string) => dims.data?.surfaces.find((s) => s.id === id)?.name ?? '…';
  const market = (id: string) => dims.data?.markets.find((m) => m.id === id)?.name ?? '…';
  const volume = cr.impact.expectedVolumeChangePct;
  const rows: [string, React.ReactNode][] = [
    ['Type', CR_TYPE_LABELS[cr.type]],
    ['Source', CR_SOURCE_LABELS[cr.source]],
    ['Owner', cr.owner.name],
    ['Due', cr.dueDate ? formatDate(cr.dueDate) : 'No due date'],
    ['Effective', cr.effectiveDate ? formatDate(cr.effectiveDate) : 'Not set'],
    ['Surfaces', cr.impact.surfaceIds.length > 0 ? cr.impact.surfaceIds.map(surface).join(', ') : 'None named'],
    ['Markets', cr.impact.marketIds.length > 0 ? cr.impact.marketIds.map(market).join(', ') : 'Every market alike'],
    ['Volume change', volume === null ? NOT_ASSESSED : `${volume > 0 ? '+' : ''}${volume}%`],
    [
      'Workload',
      cr.impact.moderationWorkload ? MODERATION_WORKLOAD_LABELS[cr.impact.moderationWorkload] : NOT_ASSESSED,
    ],
    ['Risk', cr.impact.riskLevel ? RISK_LEVEL_LABELS[cr.impact.riskLevel] : NOT_ASSESSED],
  ];
  const links = cr.links;
  const none = links.initiativeIds.length + links.changeRequestIds.length + links.decisions.length === 0;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h4" id={titleId} mb="xs">
        Details
      </Title>
      <Table variant="vertical" layout="fixed" withRowBorders={false} verticalSpacing={4}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={110} fw={500} c="dimmed" fz="sm" bg="transparent">
                {label}
              </Table.Th>
              <Table.Td fz="sm">{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={3} size="h6" mt="md" mb={4}>
        Links
      </Title>
      {none ? (
        <Text size="sm" c="dimmed">
          No initiatives, change requests or decisions linked.
        </Text>
      ) : (
        <Stack gap={4}>
          {links.initiativeIds.map((id) => (
            <AnchorLink key={id} to="/roadmap/initiatives/$initiativeId" params={{ initiativeId: id }} size="sm">
              Initiative: {names.get(id) ?? '…'}
            </AnchorLink>
          ))}
          {links.changeRequestIds.map((id) => (
            <AnchorLink key={id} to="/change-requests/$changeRequestId" params={{ changeRequestId: id }} size="sm">
              {names.get(id) ?? '…'}
            </AnchorLink>
          ))}
          {links.decisions.map((d) => (
            <Anchor key={d.url + d.title} href={d.url} target="_blank" rel="noopener noreferrer" size="sm">
              Decision: {d.title}
            </Anchor>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
