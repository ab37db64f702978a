import { Card, Loader, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { MetricImportFormat } from '@policyops/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { isApiError } from '../../../lib/api';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { ImportOutcome } from './ImportOutcome';
import { UploadProgressCard } from './ImportProgress';
import { outcomeAnnouncement, problemsOfErrors } from './import-labels';
import { MetricFilePicker } from './MetricFilePicker';
import { MetricUploadError } from './upload-metric-file';
import { isRunning, metricImportKeys, useMetricImport, useUploadMetricFile } from './useMetricImports';
import { ValidationReport } from './ValidationReport';

export interface MetricImportFlowProps {
  /** The import shown under the picker: the one just uploaded, or one opened from the history. */
  importId: string | null;
  onImportChange: (importId: string | null) => void;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Choose a file, watch it upload, then follow the import: done within the request for a small file,
 * polled as a job for a large one, until it completed, was rejected with its report, or failed.
 */
export function MetricImportFlow({ importId, onImportChange }: MetricImportFlowProps) {
  const queryClient = useQueryClient();
  const upload = useUploadMetricFile();
  const current = useMetricImport(importId);
  const [chosen, setChosen] = useState<{ file: File; format: MetricImportFormat } | null>(null);

  const start = (file: File, format: MetricImportFormat) => {
    setChosen({ file, format });
    onImportChange(null);
    upload.reset();
    upload.mutate(
      { file, format },
      {
        onSuccess: (reply) => onImportChange(reply.metricImport.id),
        onError: (error) => {
          if (error instanceof MetricUploadError && error.importId) onImportChange(error.importId);
        },
      },
    );
  };

  const state = current.data?.state;
  useEffect(() => {
    // A job that has just finished changes its row in the history.
    if (state && !isRunning(state)) void queryClient.invalidateQueries({ queryKey: metricImportKeys.history() });
  }, [state, queryClient]);

  const busy = upload.isPending || (state !== undefined && isRunning(state));
  const retry = chosen ? () => start(chosen.file, chosen.format) : undefined;
  const uploadError = upload.isError && !isAbort(upload.error) && importId === null ? upload.error : null;

  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="metric-upload-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="metric-upload-heading">
          Upload a file
        </Title>
        <MetricFilePicker onChosen={start} disabled={busy} />
        {upload.isPending && chosen ? (
          <UploadProgressCard fileName={chosen.file.name} format={chosen.format} progress={upload.progress} />
        ) : null}
        {!upload.isPending && importId !== null ? (
          current.data ? (
            <ImportOutcome
              metricImport={current.data}
              onRetry={chosen && chosen.file.name === current.data.fileName ? retry : undefined}
            />
          ) : current.isError ? (
            <ErrorAlert error={current.error} onRetry={() => void current.refetch()} retrying={current.isFetching} />
          ) : (
            <Text size="sm" c="dimmed" role="status">
              <Loader size="xs" mr="xs" aria-hidden />
              Loading the import…
            </Text>
          )
        ) : null}
        {uploadError ? (
          isApiError(uploadError) && uploadError.is('VALIDATION_FAILED') && uploadError.errors.length > 0 ? (
            <ValidationReport
              fileName={chosen?.file.name ?? null}
              problems={problemsOfErrors(uploadError.errors)}
              problemCount={uploadError.errors.length}
            />
          ) : (
            <ErrorAlert error={uploadError} onRetry={retry} />
          )
        ) : null}
        <VisuallyHidden role="status" aria-live="polite">
          {current.data && !upload.isPending ? outcomeAnnouncement(current.data) : ''}
        </VisuallyHidden>
      </Stack>
    </Card>
  );
}
