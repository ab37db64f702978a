import { Tooltip } from '@mantine/core';
import { formatMoment, timeAgo } from './home-dates';

/** "3 hours ago", with the exact local time on hover and in the `<time>` element. */
export function Ago({ value }: { value: string }) {
  return (
    <Tooltip label={formatMoment(value)}>
      <time dateTime={value}>{timeAgo(value)}</time>
    </Tooltip>
  );
}
