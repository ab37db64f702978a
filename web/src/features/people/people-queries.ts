import type { Role, UserStatus } from '@policyops/contracts';

export interface UserFilters {
  q?: string;
  role?: Role;
  status?: UserStatus;
  teamId?: string;
}

/** Query keys of the people feature; everything under ['users'] is refetched after a change. */
export const userKeys = {
  all: ['users'] as const,
  list: (filters: UserFilters) => ['users', 'list', filters] as const,
  search: (q: string, limit: number) => ['users', 'search', q, limit] as const,
  detail: (id: string) => ['users', 'detail', id] as const,
};

export const invitationKeys = {
  all: ['invitations'] as const,
};

export const PAGE_SIZE = 50;
