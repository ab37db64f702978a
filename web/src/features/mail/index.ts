export { MailSettings } from './MailSettings';
