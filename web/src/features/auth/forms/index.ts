// The signed-out screens' building blocks. Kept apart from the auth index so that the
// app's entry chunk (which needs only the session) does not carry forms and validation.
export { AuthLayout } from './AuthLayout';
export { LoginForm } from './LoginForm';
export { SetupForm } from './SetupForm';
export { AcceptInvitationForm } from './AcceptInvitationForm';
export { useInvitationPreview } from './useInvitationPreview';
