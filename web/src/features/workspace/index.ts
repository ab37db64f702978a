export { HomeOverview } from './HomeOverview';
export type { HomeModule } from './HomeOverview';
