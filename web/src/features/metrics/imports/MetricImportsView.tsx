import { Stack } from '@mantine/core';
import type { MetricImport } from '@policyops/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { PageHeader } from '../../../ui/PageHeader';
import { ImportFormatHelp } from './ImportFormatHelp';
import { ImportHistory } from './ImportHistory';
import { MetricImportFlow } from './MetricImportFlow';
import { metricImportKeys } from './useMetricImports';
import { PipelineHelp } from './PipelineHelp';

/** The metric imports page: upload and follow a file, the file format, the pipeline route, the history. */
export function MetricImportsView() {
  const queryClient = useQueryClient();
  const [importId, setImportId] = useState<string | null>(null);

  const open = (metricImport: MetricImport) => {
    queryClient.setQueryData(metricImportKeys.detail(metricImport.id), metricImport);
    setImportId(metricImport.id);
    document.getElementById('metric-upload-heading')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };

  return (
    <>
      <PageHeader
        title="Metric imports"
        description="Upload daily enforcement figures per policy, market, surface and detection method as CSV or NDJSON. Every row is checked first: a file with any invalid row writes nothing."
      />
      <Stack gap="lg">
        <MetricImportFlow importId={importId} onImportChange={setImportId} />
        <ImportFormatHelp />
        <PipelineHelp />
        <ImportHistory onOpen={open} />
      </Stack>
    </>
  );
}
