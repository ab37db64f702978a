export { PeopleWorkspace } from './PeopleWorkspace';
export type { PeopleTab } from './PeopleWorkspace';
export { UserProfile } from './UserProfile';
export { RoleBadge, UserStatusBadge } from './badges';
export { useUserSearch, useUserList, useUser } from './useUsers';
export { userKeys } from './people-queries';
