import { getRouteApi, useRouter } from '@tanstack/react-router';
import { safeNextPath } from '../features/auth';
import { AuthLayout, LoginForm } from '../features/auth/forms';

const route = getRouteApi('/login');

export function LoginPage() {
  const { next } = route.useSearch();
  const router = useRouter();
  return (
    <AuthLayout
      title="Sign in to PolicyOps"
      documentTitle="Sign in"
      footer="No account yet? Ask a workspace admin for an invitation link."
    >
      <LoginForm onSignedIn={() => router.history.push(safeNextPath(next))} />
    </AuthLayout>
  );
}
