import { SimpleGrid } from '@mantine/core';
import { PageHeader } from '../../ui/PageHeader';
import { MarketsCard } from './MarketsCard';
import { SurfacesCard } from './SurfacesCard';
import { useApplicabilityDimensions } from './useApplicability';

/** Admin settings: the product surfaces and markets that make up every applicability grid. */
export function ApplicabilitySettings() {
  const dims = useApplicabilityDimensions();
  const common = {
    loading: dims.isPending,
    error: dims.isError ? dims.error : null,
    onRetry: () => void dims.refetch(),
  };
  return (
    <>
      <PageHeader
        title="Surfaces & markets"
        description="The rows and columns of every policy's “Where it applies” grid. Changes apply to all policies at once."
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
        <SurfacesCard surfaces={dims.data?.surfaces} {...common} />
        <MarketsCard markets={dims.data?.markets} {...common} />
      </SimpleGrid>
    </>
  );
}
