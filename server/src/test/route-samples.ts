import type { InjectOptions } from 'fastify';

/** Ids of records that exist when the samples run, so allowed callers reach the service. */
export interface SampleIds {
  teamId: string;
  userId: string;
  invitationId: string;
  missing: string;
}

/**
 * One schema-valid request per operation. The route x role and malformed-input tests use these;
 * an operation without a sample fails those tests, so every new route must add one here.
 */
export const ROUTE_SAMPLES: Record<string, (ids: SampleIds) => Omit<InjectOptions, 'method'>> = {
  getSetupStatus: () => ({ url: '/api/setup' }),
  completeSetup: () => ({ url: '/api/setup', payload: { email: 'setup@example.com', name: 'Setup', password: 'a long enough password' } }),
  login: () => ({ url: '/api/auth/login', payload: { email: 'nobody@example.com', password: 'wrong password' } }),
  logout: () => ({ url: '/api/auth/logout' }),
  getSession: () => ({ url: '/api/auth/session' }),
  listMySessions: () => ({ url: '/api/account/sessions' }),
  revokeMySession: ({ missing }) => ({ url: `/api/account/sessions/${missing}` }),
  revokeOtherSessions: () => ({ url: '/api/account/sessions/revoke-others' }),
  changePassword: () => ({ url: '/api/account/password', payload: { currentPassword: 'wrong', newPassword: 'a long enough password' } }),
  updateProfile: () => ({ url: '/api/account/profile', payload: { version: 999, name: 'Renamed' } }),
  listMyApiTokens: () => ({ url: '/api/account/tokens' }),
  createApiToken: () => ({ url: '/api/account/tokens', payload: { name: 'matrix' } }),
  revokeApiToken: ({ missing }) => ({ url: `/api/account/tokens/${missing}` }),
  listUsers: () => ({ url: '/api/users?limit=5' }),
  getUser: ({ userId }) => ({ url: `/api/users/${userId}` }),
  updateUser: ({ userId }) => ({ url: `/api/users/${userId}`, payload: { version: 999, name: 'Renamed' } }),
  listInvitations: () => ({ url: '/api/invitations' }),
  createInvitation: () => ({ url: '/api/invitations', payload: { email: `invitee.${Math.random().toString(36).slice(2)}@example.com`, role: 'viewer' } }),
  revokeInvitation: ({ invitationId }) => ({ url: `/api/invitations/${invitationId}` }),
  previewInvitation: () => ({ url: `/api/invitations/by-token/${'x'.repeat(43)}` }),
  acceptInvitation: () => ({ url: '/api/invitations/accept', payload: { token: 'x'.repeat(43), name: 'Someone', password: 'a long enough password' } }),
  listTeams: () => ({ url: '/api/teams' }),
  createTeam: () => ({ url: '/api/teams', payload: { name: `Team ${Math.random().toString(36).slice(2)}`, function: 'legal' } }),
  getTeam: ({ teamId }) => ({ url: `/api/teams/${teamId}` }),
  updateTeam: ({ teamId }) => ({ url: `/api/teams/${teamId}`, payload: { version: 999, description: 'x' } }),
  deleteTeam: ({ teamId }) => ({ url: `/api/teams/${teamId}?version=999` }),
  addTeamMember: ({ teamId, userId }) => ({ url: `/api/teams/${teamId}/members/${userId}` }),
  removeTeamMember: ({ teamId, missing }) => ({ url: `/api/teams/${teamId}/members/${missing}` }),
  listAuditEvents: () => ({ url: '/api/audit-events?limit=5' }),
  verifyAuditChain: () => ({ url: '/api/audit-events/verification' }),
  getSampleWorkspaceStatus: () => ({ url: '/api/workspace/sample' }),
  loadSampleWorkspace: () => ({ url: '/api/workspace/sample' }),
};
