// Loaded lazily by the roadmap page (its own chunk: the virtualiser and the timeline stay out of the first page).
export { TimelineView } from './TimelineView';
