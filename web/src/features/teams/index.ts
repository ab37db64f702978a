export { TeamsBoard } from './TeamsBoard';
export { TeamDetailView } from './TeamDetailView';
export { useTeams, useTeam } from './useTeams';
export { teamKeys } from './team-queries';
