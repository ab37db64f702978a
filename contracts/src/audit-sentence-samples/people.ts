import type { AuditAction } from '../audit-actions.js';
import { id, PRIYA, SAM, T0, user, token, invitation, team, type Sample } from './fixtures.js';

/** People, sign-in, teams and the workspace. */
export const PEOPLE_SAMPLES: Partial<Record<AuditAction, Sample[]>> = {
  'user.created': [
    {
      payload: { entityType: 'user', after: user },
      target: 'Sam Lee',
      says: 'Priya Raman added Sam Lee as Contributor',
    },
  ],
  'user.updated': [
    {
      payload: { entityType: 'user', before: user, after: { ...user, role: 'policy_owner', version: 2 } },
      target: 'Sam Lee',
      says: 'Priya Raman changed the role of Sam Lee from Contributor to Policy owner',
    },
    {
      payload: { entityType: 'user', before: user, after: { ...user, name: 'Sam Li', status: 'deactivated' } },
      target: 'Sam Li',
      says: 'Priya Raman renamed the person “Sam Lee” to Sam Li and deactivated Sam Li',
    },
  ],
  'user.password_changed': [
    { payload: { entityType: 'user' }, target: 'Sam Lee', says: 'Priya Raman changed the password of Sam Lee' },
  ],
  'mail.test_sent': [
    {
      payload: {
        entityType: 'user',
        after: { to: 'priya@example.com', host: 'smtp.example.com', port: 587, messageId: '<a1@example.com>' },
      },
      target: 'Priya Raman',
      says: 'Priya Raman sent a test e-mail to Priya Raman through smtp.example.com:587',
    },
    {
      payload: { entityType: 'user', after: { to: 'gone@example.com', host: 'mail.local', port: 25, messageId: null } },
      says: 'Priya Raman sent a test e-mail to gone@example.com through mail.local:25',
    },
  ],
  'user.logged_in': [
    { payload: { entityType: 'user', after: { ip: '10.0.0.1', userAgent: null } }, says: 'Priya Raman signed in' },
  ],
  'user.login_failed': [
    {
      payload: { entityType: 'user', after: { ip: null, failures: 2, lockedUntil: null } },
      actor: null,
      target: 'Sam Lee',
      says: 'A sign-in as Sam Lee failed (2 failed attempts in a row)',
    },
  ],
  'user.logged_out': [{ payload: { entityType: 'session' }, says: 'Priya Raman signed out' }],
  'user.locked_out': [
    {
      payload: { entityType: 'user', after: { ip: null, failures: 5, lockedUntil: T0 } },
      actor: null,
      target: 'Sam Lee',
      says: 'Sam Lee was locked out after 5 failed sign-ins',
    },
  ],
  'session.revoked': [
    { payload: { entityType: 'session' }, says: 'Priya Raman ended one of their sessions' },
    {
      payload: { entityType: 'user', after: { revoked: 2, kept: id(99) } },
      says: 'Priya Raman signed out everywhere else (2 sessions ended)',
    },
    {
      payload: { entityType: 'user', after: { revoked: 1, reason: 'deactivated' } },
      target: 'Sam Lee',
      says: '1 session of Sam Lee was ended when they were deactivated',
    },
  ],
  'api_token.created': [
    { payload: { entityType: 'api_token', after: token }, says: 'Priya Raman created the API token “ci”' },
  ],
  'api_token.revoked': [
    { payload: { entityType: 'api_token', before: token }, says: 'Priya Raman revoked the API token “ci”' },
    {
      payload: { entityType: 'user', after: { revoked: 3, reason: 'deactivated' } },
      target: 'Sam Lee',
      says: '3 API tokens of Sam Lee stopped working when they were deactivated',
    },
  ],
  'invitation.created': [
    {
      payload: { entityType: 'invitation', after: invitation },
      says: 'Priya Raman invited new@example.com as Viewer',
    },
  ],
  'invitation.revoked': [
    {
      payload: { entityType: 'invitation', before: invitation },
      says: 'Priya Raman revoked the invitation of new@example.com',
    },
  ],
  'invitation.accepted': [
    {
      payload: { entityType: 'invitation', after: { userId: SAM, email: 'new@example.com' } },
      says: 'Sam Okafor accepted their invitation and joined',
    },
  ],
  'team.created': [
    { payload: { entityType: 'team', after: team }, target: 'Legal', says: 'Priya Raman created the team Legal' },
  ],
  'team.updated': [
    {
      payload: { entityType: 'team', before: team, after: { ...team, name: 'Legal & Policy', description: 'x' } },
      target: 'Legal & Policy',
      says: 'Priya Raman renamed the team “Legal” to Legal & Policy and changed the description of Legal & Policy',
    },
    {
      payload: { entityType: 'team', before: team, after: team },
      target: 'Legal',
      says: 'Priya Raman saved the team Legal without changes',
    },
  ],
  'team.deleted': [{ payload: { entityType: 'team', before: team }, says: 'Priya Raman deleted the team Legal' }],
  'team.member_added': [
    {
      payload: { entityType: 'team', after: { userId: SAM } },
      target: 'Legal',
      says: 'Priya Raman added Sam Okafor to the team Legal',
    },
  ],
  'team.member_removed': [
    {
      payload: { entityType: 'team', before: { userId: SAM } },
      target: 'Legal',
      says: 'Priya Raman removed Sam Okafor from the team Legal',
    },
  ],
  'workspace.setup_completed': [
    { payload: { entityType: 'workspace', after: { adminId: PRIYA.id } }, says: 'Priya Raman set up the workspace' },
  ],
  'workspace.sample_loaded': [
    {
      payload: { entityType: 'workspace', after: { policies: 12, policyAreas: 4, policy_versions: 30, markets: 0 } },
      says: 'Priya Raman loaded the sample workspace (12 policies, 4 policy areas, 30 policy versions)',
    },
  ],
};
