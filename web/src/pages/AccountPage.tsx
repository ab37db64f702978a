import { getRouteApi } from '@tanstack/react-router';
import { AccountSettings } from '../features/account';
import { CalendarFeedsSection } from '../features/calendar';

const route = getRouteApi('/app/account');

export function AccountPage() {
  const { tab } = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <>
      <AccountSettings
        tab={tab ?? 'profile'}
        onTabChange={(next) => void navigate({ search: next === 'profile' ? {} : { tab: next }, replace: true })}
      />
      {tab === undefined || tab === 'profile' || tab === 'tokens' ? <CalendarFeedsSection /> : null}
    </>
  );
}
