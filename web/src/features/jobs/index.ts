export { JobsList } from './JobsList';
