export { MetricImportsView } from './MetricImportsView';
