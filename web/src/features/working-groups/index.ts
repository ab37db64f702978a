export { WorkingGroupsList } from './WorkingGroupsList';
export { WorkingGroupDetail } from './WorkingGroupDetail';
export { MeetingView } from './MeetingView';
