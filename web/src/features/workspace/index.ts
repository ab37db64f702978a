export { SampleWorkspaceCard } from './SampleWorkspaceCard';
