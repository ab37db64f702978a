export { ChangeRequestDetailView } from './ChangeRequestDetailView';
