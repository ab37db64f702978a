import { notifications } from '@mantine/notifications';
import { isApiError } from '../../../lib/api';

/** Tells the person a stale version was refused (the page reloads); true when it handled the error. */
export function handleCrConflict(error: unknown): boolean {
  if (isApiError(error) && error.is('VERSION_CONFLICT')) {
    notifications.show({
      color: 'orange',
      title: 'Someone else changed this change request; reloaded',
      message: 'Check the current state and try again.',
    });
    return true;
  }
  return false;
}
