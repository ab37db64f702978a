import { ActionIcon, Badge, Button, Group, Table, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconEye, IconTrash } from '@tabler/icons-react';
import type { ImpactAnalysisSummary } from '@policyops/contracts';
import { useState } from 'react';
import { notifyError, notifySuccess } from '../../../lib/problem-feedback';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { RelativeTime } from '../../../ui/RelativeTime';
import { TableSkeleton } from '../../../ui/TableSkeleton';
import { useDeleteImpactAnalysis, useSavedImpactAnalyses } from './useImpactAnalysis';

const DESIGN_SHORT = {
  difference_in_differences: 'Difference-in-differences',
  interrupted_time_series: 'Interrupted time series',
  before_after: 'Before/after',
} as const;

export interface SavedImpactAnalysesProps {
  policyId: string;
  versionId: string;
  viewingId: string | null;
  onView: (id: string | null) => void;
}

/** Saved snapshots of this version's analysis: who saved which options when; open or delete one. */
export function SavedImpactAnalyses({ policyId, versionId, viewingId, onView }: SavedImpactAnalysesProps) {
  const saved = useSavedImpactAnalyses(policyId, versionId);
  const remove = useDeleteImpactAnalysis(policyId, versionId);
  const [confirming, setConfirming] = useState<ImpactAnalysisSummary | null>(null);

  return (
    <section aria-labelledby="saved-analyses-heading">
      <Title order={2} size="h4" id="saved-analyses-heading" mb="xs">
        Saved analyses
      </Title>
      {saved.isPending ? (
        <TableSkeleton rows={2} label="Loading saved analyses" />
      ) : saved.isError ? (
        <ErrorAlert error={saved.error} onRetry={() => void saved.refetch()} />
      ) : saved.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          None yet. Save an analysis to keep its inputs, options and results as they are now.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Saved</Table.Th>
                <Table.Th scope="col">By</Table.Th>
                <Table.Th scope="col">Design and options</Table.Th>
                <Table.Th scope="col">Significant</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {saved.data.items.map((a) => (
                <Table.Tr key={a.id} bg={a.id === viewingId ? 'var(--mantine-color-indigo-light)' : undefined}>
                  <Table.Td>
                    <RelativeTime value={a.createdAt} />
                  </Table.Td>
                  <Table.Td>{a.createdBy?.name ?? 'Former user'}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{DESIGN_SHORT[a.design]}</Text>
                    <Text size="xs" c="dimmed">
                      {a.options.market ?? 'launch markets'} · window {a.options.windowDays} d · ramp-up{' '}
                      {a.options.rampUpDays} d · {a.methodVersion}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      variant="light"
                      color={a.significant > 0 ? 'indigo' : 'gray'}
                      style={{ textTransform: 'none' }}
                    >
                      {a.significant} of {a.metrics}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      {a.id === viewingId ? (
                        <Button size="xs" variant="light" onClick={() => onView(null)}>
                          Back to live
                        </Button>
                      ) : (
                        <Tooltip label="View this saved analysis">
                          <ActionIcon variant="subtle" aria-label="View saved analysis" onClick={() => onView(a.id)}>
                            <IconEye size={16} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                      )}
                      {a.abilities.delete ? (
                        <Tooltip label="Delete">
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label="Delete saved analysis"
                            onClick={() => setConfirming(a)}
                          >
                            <IconTrash size={16} aria-hidden />
                          </ActionIcon>
                        </Tooltip>
                      ) : null}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConfirmModal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title="Delete this saved analysis?"
        confirmLabel="Delete"
        danger
        loading={remove.isPending}
        onConfirm={() =>
          confirming &&
          remove.mutate(confirming.id, {
            onSuccess: () => {
              if (confirming.id === viewingId) onView(null);
              setConfirming(null);
              notifySuccess('Saved analysis deleted');
            },
            onError: (error) => notifyError(error),
          })
        }
      >
        The snapshot and its inputs are removed; the live analysis is not affected. This is recorded in the audit log.
      </ConfirmModal>
    </section>
  );
}
