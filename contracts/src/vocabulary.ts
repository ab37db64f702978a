// The domain's words without their schemas: no zod here, so the web app can show a role or a team
// function without loading zod on the first page. The schemas that validate them import these
// (permissions.ts, teams.contract.ts), which also re-export them.

export const ROLES = ['admin', 'program_manager', 'policy_owner', 'contributor', 'xfn_reviewer', 'viewer'] as const;

export const ROLE_LABELS: Record<(typeof ROLES)[number], string> = {
  admin: 'Admin',
  program_manager: 'Program manager',
  policy_owner: 'Policy owner',
  contributor: 'Contributor',
  xfn_reviewer: 'XFN reviewer',
  viewer: 'Viewer',
};

export const TEAM_FUNCTIONS = [
  'policy',
  'legal',
  'moderation_ops',
  'product',
  'regional',
  'global_business',
  'comms',
  'engineering',
] as const;

export const TEAM_FUNCTION_LABELS: Record<(typeof TEAM_FUNCTIONS)[number], string> = {
  policy: 'Policy',
  legal: 'Legal',
  moderation_ops: 'Moderation Ops',
  product: 'Product',
  regional: 'Regional',
  global_business: 'Global Business',
  comms: 'Comms',
  engineering: 'Engineering',
};
