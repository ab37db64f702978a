export { PublicChangelog } from './PublicChangelog';
