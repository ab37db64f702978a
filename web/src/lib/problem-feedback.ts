import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { ApiError, isApiError } from './api';

/** The title and detail to show for any thrown value. */
export function describeError(error: unknown): {
  title: string;
  detail: string | undefined;
  requestId: string | undefined;
} {
  if (isApiError(error)) {
    return { title: error.title, detail: error.detail, requestId: error.requestId };
  }
  if (error instanceof Error) return { title: 'Something went wrong', detail: error.message, requestId: undefined };
  return { title: 'Something went wrong', detail: undefined, requestId: undefined };
}

/** Shows an error toast with the problem's title and detail. */
export function notifyError(error: unknown, fallbackTitle?: string): void {
  const { title, detail, requestId } = describeError(error);
  const message = [detail ?? (fallbackTitle ? title : undefined), requestId ? `Request id: ${requestId}` : undefined]
    .filter(Boolean)
    .join(' · ');
  notifications.show({
    color: 'red',
    title: fallbackTitle && !isApiError(error) ? fallbackTitle : title,
    message: message || 'Please try again.',
    autoClose: 8000,
  });
}

/** Shows a success toast. */
export function notifySuccess(title: string, message?: string): void {
  notifications.show({ color: 'indigo', title, message: message ?? '', autoClose: 4000 });
}

/** The small part of a Mantine form this module needs. */
export interface ErrorTargetForm {
  getValues: () => object;
  setFieldError: (path: never, error: ReactNode) => void;
}

/** Turns an API field path (`body.email`, `body.teamIds.0`) into the form field it belongs to. */
export function formFieldOf(path: string, values: object): string | undefined {
  const parts = path.split('.');
  if (parts[0] === 'body') parts.shift();
  const field = parts[0];
  if (field === undefined || field === '') return undefined;
  return Object.prototype.hasOwnProperty.call(values, field) ? field : undefined;
}

/**
 * Shows an API error where the user will see it: field errors next to their inputs
 * (`body.email` goes to the form field `email`), everything else as a toast.
 * Returns true when at least one field error was placed on the form.
 */
export function applyErrorToForm(form: ErrorTargetForm, error: unknown): boolean {
  if (!(error instanceof ApiError) || error.errors.length === 0) {
    notifyError(error);
    return false;
  }
  const values = form.getValues();
  const setFieldError = form.setFieldError as (path: string, message: string) => void;
  const unplaced: string[] = [];
  let placed = false;
  for (const fieldError of error.errors) {
    const field = formFieldOf(fieldError.path, values);
    if (field) {
      setFieldError(field, fieldError.message);
      placed = true;
    } else {
      unplaced.push(fieldError.message);
    }
  }
  if (unplaced.length > 0) {
    notifications.show({ color: 'red', title: error.title, message: unplaced.join(' '), autoClose: 8000 });
  }
  return placed;
}
