export { BaselinesView } from './BaselinesView';
