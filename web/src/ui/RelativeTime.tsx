import { Tooltip } from '@mantine/core';
import { formatDateTime, fromNow } from '../lib/format';

export interface RelativeTimeProps {
  /** UTC ISO-8601 timestamp; null shows the fallback. */
  value: string | null | undefined;
  fallback?: string;
}

/** "3 hours ago", with the exact local time on hover and in the `<time>` element. */
export function RelativeTime({ value, fallback = '—' }: RelativeTimeProps) {
  if (!value) return <span>{fallback}</span>;
  const exact = formatDateTime(value);
  return (
    <Tooltip label={exact}>
      <time dateTime={value}>{fromNow(value)}</time>
    </Tooltip>
  );
}
