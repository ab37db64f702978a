import { Badge } from '@mantine/core';

/** "+14 days" (later: red), "−3 days" (earlier: green), "on time". */
export function DeltaBadge({ days, label }: { days: number; label?: string }) {
  if (days === 0)
    return (
      <Badge variant="light" color="gray">
        {label ? `${label} ` : ''}unchanged
      </Badge>
    );
  const text = `${days > 0 ? '+' : '−'}${Math.abs(days)} ${Math.abs(days) === 1 ? 'day' : 'days'}`;
  return (
    <Badge
      variant="light"
      color={days > 0 ? 'red' : 'teal'}
      aria-label={`${label ? `${label} ` : ''}${days > 0 ? 'later' : 'earlier'} by ${Math.abs(days)} ${Math.abs(days) === 1 ? 'day' : 'days'}`}
    >
      {label ? `${label} ` : ''}
      {text}
    </Badge>
  );
}
