export { ImpactAnalysisView } from './ImpactAnalysisView';
