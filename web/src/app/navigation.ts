import {
  IconAlertTriangle,
  IconBooks,
  IconChartLine,
  IconChecklist,
  IconFileUpload,
  IconListCheck,
  IconClockPlay,
  IconGitPullRequest,
  IconGavel,
  IconHome,
  IconInbox,
  IconListSearch,
  IconMail,
  IconMap2,
  IconRoute,
  IconSearch,
  IconTarget,
  IconSettings,
  IconSpeakerphone,
  IconUserCircle,
  IconAddressBook,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { Icon } from '@tabler/icons-react';
import type { Permission } from '@policyops/contracts';

export type AppPath =
  | '/'
  | '/inbox'
  | '/actions'
  | '/reviews'
  | '/policies'
  | '/search'
  | '/roadmap'
  | '/change-requests'
  | '/okrs'
  | '/people'
  | '/teams'
  | '/stakeholders'
  | '/working-groups'
  | '/raid'
  | '/decisions'
  | '/metrics'
  | '/metrics/imports'
  | '/admin/audit'
  | '/admin/jobs'
  | '/admin/applicability'
  | '/admin/settings'
  | '/admin/mail'
  | '/adoption/audiences'
  | '/changelog'
  | '/account';

export interface NavItem {
  label: string;
  to: AppPath;
  icon: Icon;
  /** Shown only to users with this permission. */
  permission?: Permission;
  section: 'main' | 'admin' | 'personal';
  /** A live count shown beside the label. */
  badge?: 'unread-notifications' | 'reviews-waiting';
  description: string;
  keywords: string[];
}

/** Every module that exists, once: the navbar, the home page and the command palette read it. */
export const NAV_ITEMS: readonly NavItem[] = [
  {
    label: 'Home',
    to: '/',
    icon: IconHome,
    section: 'main',
    description: 'Your starting point',
    keywords: ['dashboard', 'start'],
  },
  {
    label: 'Inbox',
    to: '/inbox',
    icon: IconInbox,
    section: 'main',
    badge: 'unread-notifications',
    description: 'Mentions, assignments and changes to what you watch',
    keywords: ['notifications', 'mentions', 'unread', 'watching', 'activity'],
  },
  {
    label: 'My actions',
    to: '/actions',
    icon: IconListCheck,
    permission: 'governance.read',
    section: 'main',
    description: 'Action items you own: overdue, due this week, later',
    keywords: ['actions', 'action items', 'todo', 'tasks', 'due', 'overdue', 'my actions'],
  },
  {
    label: 'Reviews',
    to: '/reviews',
    icon: IconChecklist,
    permission: 'policies.read',
    section: 'main',
    badge: 'reviews-waiting',
    description: 'Policy versions waiting for your review',
    keywords: ['review', 'approve', 'request changes', 'four eyes', 'waiting', 'sign-off'],
  },
  {
    label: 'Policies',
    to: '/policies',
    icon: IconBooks,
    permission: 'policies.read',
    section: 'main',
    description: 'The policy library: areas, policies, versions and the text in force on any date',
    keywords: ['library', 'areas', 'taxonomy', 'versions', 'drafts', 'diff', 'as of'],
  },
  {
    label: 'Roadmap',
    to: '/roadmap',
    icon: IconRoute,
    permission: 'roadmap.read',
    section: 'main',
    description: 'Initiatives by quarter: milestones, dependencies, progress and health updates',
    keywords: ['initiatives', 'plan', 'quarters', 'milestones', 'dependencies', 'health', 'update due', 'fiscal year'],
  },
  {
    label: 'Change requests',
    to: '/change-requests',
    icon: IconGitPullRequest,
    permission: 'change_requests.read',
    section: 'main',
    description:
      'Policy changes from intake to launch: board by stage, table, ranked intake queue, sign-offs waiting on you',
    keywords: ['change request', 'cr', 'intake', 'queue', 'board', 'sign-off', 'workflow', 'prioritise', 'score'],
  },
  {
    label: 'OKRs',
    to: '/okrs',
    icon: IconTarget,
    permission: 'okrs.read',
    section: 'main',
    description: 'Objectives and key results by quarter: check-ins, roll-up, scores',
    keywords: ['objectives', 'key results', 'goals', 'quarter', 'check-in', 'score', 'okr', 'dashboard'],
  },
  {
    label: 'Search',
    to: '/search',
    icon: IconSearch,
    permission: 'policies.read',
    section: 'main',
    description: 'Full-text search of policy wording, with highlighted matches',
    keywords: ['find', 'full-text', 'wording', 'snippets'],
  },
  {
    label: 'People',
    to: '/people',
    icon: IconUsers,
    permission: 'directory.read',
    section: 'main',
    description: 'Directory of everyone in the workspace, roles and invitations',
    keywords: ['users', 'directory', 'invite', 'members'],
  },
  {
    label: 'Teams',
    to: '/teams',
    icon: IconUsersGroup,
    permission: 'directory.read',
    section: 'main',
    description: 'Policy teams and cross-functional partners',
    keywords: ['groups', 'functions', 'xfn', 'legal', 'ops'],
  },
  {
    label: 'Stakeholders',
    to: '/stakeholders',
    icon: IconAddressBook,
    permission: 'governance.read',
    section: 'main',
    description: 'Policy colleagues and XFN partners with function, region and team; who engaged in what',
    keywords: ['stakeholders', 'directory', 'contacts', 'xfn', 'partners', 'raci', 'engagement', 'sign-offs', 'region'],
  },
  {
    label: 'Working groups',
    to: '/working-groups',
    icon: IconUsersGroup,
    permission: 'governance.read',
    section: 'main',
    description: 'Cross-policy working groups: charters, members, meeting series with pre-filled agendas',
    keywords: ['working groups', 'meetings', 'agenda', 'cadence', 'charter', 'series', 'minutes', 'notes'],
  },
  {
    label: 'RAID log',
    to: '/raid',
    icon: IconAlertTriangle,
    permission: 'governance.read',
    section: 'main',
    description: 'Risks with a heat map, issues and blockers with escalation, assumptions and dependencies',
    keywords: ['raid', 'risks', 'issues', 'blockers', 'assumptions', 'dependencies', 'escalation', 'heat map'],
  },
  {
    label: 'Decisions',
    to: '/decisions',
    icon: IconGavel,
    permission: 'governance.read',
    section: 'main',
    description: 'The decision register: context, options, rationale, who decided; supersession and revisits',
    keywords: ['decisions', 'decision log', 'register', 'rationale', 'supersede', 'revisit', 'adr'],
  },
  {
    label: 'Metrics',
    to: '/metrics',
    icon: IconChartLine,
    permission: 'metrics.read',
    section: 'main',
    description:
      'How each policy performs: enforcement, accuracy, appeals, prevalence; the impact of every version launch',
    keywords: [
      'metrics',
      'dashboard',
      'performance',
      'accuracy',
      'appeals',
      'overturn',
      'prevalence',
      'impact',
      'before after',
      'launch',
      'heat map',
    ],
  },
  {
    label: 'Public changelog',
    to: '/changelog',
    icon: IconSpeakerphone,
    section: 'main',
    description: 'What the public sees: published policy changes, their dates by market and the exact wording changed',
    keywords: ['changelog', 'public', 'transparency', 'published', 'atom', 'feed', 'rss', 'what changed'],
  },
  {
    label: 'Audit log',
    to: '/admin/audit',
    icon: IconListSearch,
    permission: 'audit.read',
    section: 'admin',
    description: 'Every change, who made it and when; verify the hash chain',
    keywords: ['history', 'events', 'admin', 'verify'],
  },
  {
    label: 'Background jobs',
    to: '/admin/jobs',
    icon: IconClockPlay,
    permission: 'jobs.manage',
    section: 'admin',
    description: 'Scheduled and retried work: what is waiting, what failed and why; retry a failed job',
    keywords: ['jobs', 'queue', 'background', 'failed', 'retry', 'schedule', 'cron', 'admin'],
  },
  {
    label: 'Surfaces & markets',
    to: '/admin/applicability',
    icon: IconMap2,
    permission: 'workspace.manage',
    section: 'admin',
    description: 'The product surfaces and markets of every policy’s applicability grid',
    keywords: ['applicability', 'surfaces', 'markets', 'regions', 'countries', 'where it applies', 'admin'],
  },
  {
    label: 'Settings',
    to: '/admin/settings',
    icon: IconSettings,
    permission: 'workspace.manage',
    section: 'admin',
    description: 'Workspace settings, such as publishing to the public changelog automatically',
    keywords: ['settings', 'workspace', 'changelog', 'automatic', 'publish', 'admin'],
  },
  {
    label: 'Mail',
    to: '/admin/mail',
    icon: IconMail,
    permission: 'workspace.manage',
    section: 'admin',
    description: 'Outgoing e-mail: whether it is on, the SMTP server, and a test message',
    keywords: ['mail', 'e-mail', 'email', 'smtp', 'test message', 'notifications', 'admin'],
  },
  {
    label: 'Adoption audiences',
    to: '/adoption/audiences',
    icon: IconUsersGroup,
    permission: 'change_requests.manage',
    section: 'admin',
    description: 'Moderation sites, vendor teams and regional teams that adopt policy changes: headcount and contact',
    keywords: ['adoption', 'audiences', 'vendors', 'sites', 'regional', 'headcount', 'acknowledge', 'campaign'],
  },
  {
    label: 'Metric imports',
    to: '/metrics/imports',
    icon: IconFileUpload,
    permission: 'metrics.ingest',
    section: 'admin',
    description: 'Upload daily policy metrics as CSV or NDJSON, read the validation report, follow large imports',
    keywords: ['import', 'upload', 'ingest', 'csv', 'ndjson', 'metrics', 'pipeline', 'validation report'],
  },
  {
    label: 'Account',
    to: '/account',
    icon: IconUserCircle,
    section: 'personal',
    description: 'Your profile, password, sessions and API tokens',
    keywords: ['profile', 'password', 'sessions', 'tokens', 'settings'],
  },
];

/** The items this user may open. */
export function visibleNavItems(permissions: readonly Permission[]): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.permission || permissions.includes(item.permission));
}
