import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { refusalMessage } from './useApplicability';

export interface Refusal {
  title: string;
  message: string;
}

/**
 * The server's refusal of a settings change (in use, stale, duplicate), kept on screen until
 * dismissed. `refused(title)` is an onError handler; errors already reported elsewhere clear it.
 */
export function useRefusal() {
  const [problem, setProblem] = useState<Refusal | null>(null);
  const refused = (title: string) => (error: unknown) => {
    const message = refusalMessage(error);
    setProblem(message ? { title, message } : null);
  };
  return { problem, refused, clear: () => setProblem(null) };
}

export function RefusalAlert({ problem, onDismiss }: { problem: Refusal | null; onDismiss: () => void }) {
  if (!problem) return null;
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      icon={<IconAlertTriangle size={18} aria-hidden />}
      title={problem.title}
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={onDismiss}
    >
      {problem.message}
    </Alert>
  );
}
