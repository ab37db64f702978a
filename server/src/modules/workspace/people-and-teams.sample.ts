import type { Role, TeamFunction } from '@policyops/contracts';
import type { TeamsService } from '../teams/teams.service.js';
import type { UsersService } from '../users/users.service.js';
import type { SampleSection } from './sample-section.js';

/**
 * Policy areas of the sample workspace; each has a policy team until the policy library gives areas their own records.
 */
export const SAMPLE_POLICY_AREAS = [
  'Bullying & Harassment',
  'Hate Speech',
  'Minor Safety',
  'Suicide & Self-Harm',
  'Violent Extremism',
  'Harmful Misinformation',
  'Adult Nudity',
  'Regulated Goods',
] as const;

const XFN_TEAMS: { name: string; function: TeamFunction; description: string }[] = [
  {
    name: 'Policy Programs',
    function: 'policy',
    description: 'Runs the roadmap, OKRs, working groups and status reporting for the Policy Center of Excellence.',
  },
  {
    name: 'Trust & Safety Legal',
    function: 'legal',
    description: 'Reviews policy changes for legal risk and regulatory obligations (DSA, OSA, local law).',
  },
  {
    name: 'Moderation Operations',
    function: 'moderation_ops',
    description: 'Runs the moderation sites and vendors that enforce policy; owns training and QA.',
  },
  {
    name: 'Safety Product',
    function: 'product',
    description: 'Builds the reporting, enforcement and user-facing safety features.',
  },
  {
    name: 'EMEA Regional Policy',
    function: 'regional',
    description: 'Adapts global policy to European markets and engages regulators in the region.',
  },
  { name: 'APAC Regional Policy', function: 'regional', description: 'Adapts global policy to Asia-Pacific markets.' },
  {
    name: 'Global Business Integrity',
    function: 'global_business',
    description: 'Keeps advertiser and seller policies aligned with community policy.',
  },
  {
    name: 'Safety Comms',
    function: 'comms',
    description: 'Plans external communication of policy launches and transparency reports.',
  },
  {
    name: 'Integrity Engineering',
    function: 'engineering',
    description: 'Builds classifiers and enforcement tooling; ships the launch of each policy version.',
  },
];

const PEOPLE: { key: string; name: string; role: Role; teams: string[] }[] = [
  { key: 'amara', name: 'Amara Okafor', role: 'program_manager', teams: ['Policy Programs'] },
  { key: 'lucas', name: 'Lucas Meyer', role: 'program_manager', teams: ['Policy Programs'] },
  {
    key: 'priya',
    name: 'Priya Raman',
    role: 'policy_owner',
    teams: ['Hate Speech Policy', 'Violent Extremism Policy'],
  },
  { key: 'diego', name: 'Diego Fernández', role: 'policy_owner', teams: ['Minor Safety Policy'] },
  {
    key: 'hannah',
    name: 'Hannah Schmidt',
    role: 'policy_owner',
    teams: ['Bullying & Harassment Policy', 'Suicide & Self-Harm Policy'],
  },
  {
    key: 'kenji',
    name: 'Kenji Watanabe',
    role: 'contributor',
    teams: ['Harmful Misinformation Policy', 'APAC Regional Policy'],
  },
  {
    key: 'fatima',
    name: 'Fatima Al-Sayed',
    role: 'contributor',
    teams: ['Adult Nudity Policy', 'Regulated Goods Policy'],
  },
  { key: 'olivia', name: 'Olivia Brown', role: 'xfn_reviewer', teams: ['Trust & Safety Legal'] },
  { key: 'marco', name: 'Marco Rossi', role: 'xfn_reviewer', teams: ['Moderation Operations'] },
  { key: 'sofia', name: 'Sofia Lindqvist', role: 'xfn_reviewer', teams: ['EMEA Regional Policy'] },
  { key: 'david', name: 'David Kim', role: 'xfn_reviewer', teams: ['Safety Product'] },
  { key: 'grace', name: 'Grace Mensah', role: 'viewer', teams: ['Safety Comms'] },
  {
    key: 'tomas',
    name: 'Tomás Silva',
    role: 'contributor',
    teams: ['Integrity Engineering', 'Global Business Integrity'],
  },
];

function emailOf(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  return `${ascii.replace(/[^a-z]+/g, '.').replace(/^\.|\.$/g, '')}@sample.policyops.dev`;
}

/**
 * Teams for the eight policy areas and the XFN functions, and a dozen people across them.
 * Sample people have no password: they appear in the directory and as owners, but nobody can
 * sign in as them until an admin invites them for real.
 */
export function peopleAndTeamsSample(users: UsersService, teams: TeamsService): SampleSection {
  return {
    name: 'People and teams',
    async load({ trx, cause, people, teams: teamIds }) {
      let teamCount = 0;
      let peopleCount = 0;
      let memberships = 0;
      const policyTeams = SAMPLE_POLICY_AREAS.map((area) => ({
        name: `${area} Policy`,
        function: 'policy' as const,
        description: `Writes and maintains the ${area} policies: rationale, definitions, enforcement guidance and examples.`,
      }));
      for (const team of [...policyTeams, ...XFN_TEAMS]) {
        teamIds.set(team.name, await teams.createInTransaction(trx, cause, team));
        teamCount += 1;
      }
      for (const person of PEOPLE) {
        const email = emailOf(person.name);
        const existing = await users.findByEmail(trx, email);
        const id =
          existing?.id ??
          (
            await users.createInTransaction(trx, cause, {
              email,
              name: person.name,
              role: person.role,
              passwordHash: null,
            })
          ).id;
        if (!existing) peopleCount += 1;
        people.set(person.key, id);
        for (const teamName of person.teams) {
          await teams.addMemberInTransaction(trx, cause, teamIds.get(teamName)!, id);
          memberships += 1;
        }
      }
      return { teams: teamCount, people: peopleCount, teamMemberships: memberships };
    },
  };
}
