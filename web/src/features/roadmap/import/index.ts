export { RoadmapImportView } from './RoadmapImportView';
