export { AccountSettings } from './AccountSettings';
export type { AccountTab } from './AccountSettings';
