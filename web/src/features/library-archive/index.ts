export { LibraryArchiveView } from './LibraryArchiveView';
