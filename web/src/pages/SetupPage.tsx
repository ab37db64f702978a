import { useNavigate } from '@tanstack/react-router';
import { AuthLayout, SetupForm } from '../features/auth/forms';

export function SetupPage() {
  const navigate = useNavigate();
  return (
    <AuthLayout
      title="Set up PolicyOps"
      documentTitle="Set up"
      subtitle="Create the first admin account. You can invite your team and load a sample workspace next."
    >
      <SetupForm onDone={() => void navigate({ to: '/' })} />
    </AuthLayout>
  );
}
