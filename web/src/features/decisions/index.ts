export { DecisionsRegister } from './DecisionsRegister';
export { DecisionScreen } from './DecisionScreen';
export { DecisionBadges } from './DecisionBadges';
export { validateDecisionSearch, type DecisionSearch } from './decision-search';
