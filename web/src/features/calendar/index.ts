export { CalendarFeedsSection } from './CalendarFeedsSection';
export { CalendarSubscribeButton } from './CalendarSubscribeButton';
export type { CalendarSubscribeButtonProps } from './CalendarSubscribeButton';
