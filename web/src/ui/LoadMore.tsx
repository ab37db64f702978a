import { Button, Center } from '@mantine/core';

export interface LoadMoreProps {
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
  label?: string;
}

/** The "Load more" button under a cursor-paginated list. */
export function LoadMore({ hasMore, loading, onLoadMore, label = 'Load more' }: LoadMoreProps) {
  if (!hasMore) return null;
  return (
    <Center mt="md">
      <Button variant="default" onClick={onLoadMore} loading={loading}>
        {label}
      </Button>
    </Center>
  );
}
