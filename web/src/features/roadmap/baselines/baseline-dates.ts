export { addDays } from '@policyops/contracts';
