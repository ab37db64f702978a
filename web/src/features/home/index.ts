export { HomeDashboard } from './HomeDashboard';
export { CardEmpty, CardList, CardSkeleton, CardStates, HomeCard, SeeAllLink, ShownOf, itemClass } from './HomeCard';
export type { HomeCardEntry } from './home-cards';
