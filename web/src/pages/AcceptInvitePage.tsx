import { Alert, Button, Skeleton, Stack, Text } from '@mantine/core';
import { IconLinkOff } from '@tabler/icons-react';
import { ROLE_LABELS } from '@policyops/contracts';
import { Link, getRouteApi, useNavigate } from '@tanstack/react-router';
import { AcceptInvitationForm, AuthLayout, useInvitationPreview } from '../features/auth/forms';
import { isApiError } from '../lib/api';
import { formatDate } from '../lib/format';
import { ErrorAlert } from '../ui/ErrorAlert';

const route = getRouteApi('/invite/$token');

/** 4xx on the preview means the link is unknown, used, revoked or expired. */
function isDeadLink(error: unknown): boolean {
  return isApiError(error) && error.status >= 400 && error.status < 500 && error.status !== 429;
}

export function AcceptInvitePage() {
  const { token } = route.useParams();
  const navigate = useNavigate();
  const preview = useInvitationPreview(token);

  if (preview.isPending) {
    return (
      <AuthLayout title="Join PolicyOps" documentTitle="Join">
        <Stack role="status" aria-label="Loading invitation">
          <Skeleton height={20} />
          <Skeleton height={36} />
          <Skeleton height={36} />
        </Stack>
      </AuthLayout>
    );
  }

  if (preview.isError) {
    if (isDeadLink(preview.error)) {
      return (
        <AuthLayout title="This invitation link doesn't work" documentTitle="Invitation not valid">
          <Alert
            color="orange"
            variant="light"
            icon={<IconLinkOff size={18} aria-hidden />}
            title="Invalid or expired link"
          >
            The link may have expired, been revoked, or already been used. Ask the person who invited you for a new one.
          </Alert>
          <Button component={Link} to="/login" variant="default" fullWidth>
            Go to sign in
          </Button>
        </AuthLayout>
      );
    }
    return (
      <AuthLayout title="Join PolicyOps" documentTitle="Join">
        <ErrorAlert error={preview.error} onRetry={() => void preview.refetch()} retrying={preview.isRefetching} />
      </AuthLayout>
    );
  }

  const invitation = preview.data;
  return (
    <AuthLayout
      title="Join PolicyOps"
      documentTitle="Join"
      subtitle={
        <Text size="sm" component="span">
          {invitation.invitedByName ? <strong>{invitation.invitedByName}</strong> : 'An admin'} invited you to join as{' '}
          <strong>{ROLE_LABELS[invitation.role]}</strong>. The link is valid until {formatDate(invitation.expiresAt)}.
        </Text>
      }
    >
      <AcceptInvitationForm token={token} preview={invitation} onJoined={() => void navigate({ to: '/' })} />
    </AuthLayout>
  );
}
