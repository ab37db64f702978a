import { Box, Group, PasswordInput } from '@mantine/core';
import type { PasswordInputProps } from '@mantine/core';

const MIN_LENGTH = 12;

interface Strength {
  score: 0 | 1 | 2 | 3 | 4;
  label: string;
  color: string;
}

/** A rough strength estimate: length first, then variety of characters. */
export function passwordStrength(password: string): Strength {
  if (password.length === 0) return { score: 0, label: `Use at least ${MIN_LENGTH} characters`, color: 'gray' };
  if (password.length < MIN_LENGTH) {
    const missing = MIN_LENGTH - password.length;
    return { score: 1, label: `Too short: ${missing} more character${missing === 1 ? '' : 's'}`, color: 'red' };
  }
  const variety = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  const points = variety + (password.length >= 16 ? 1 : 0) + (password.length >= 20 ? 1 : 0);
  if (points <= 2) return { score: 2, label: 'Fair: a longer passphrase is stronger', color: 'orange' };
  if (points <= 3) return { score: 3, label: 'Good', color: 'indigo' };
  return { score: 4, label: 'Strong', color: 'teal' };
}

/**
 * A password input with a strength hint under it (the server requires 12-256 characters).
 * The hint is the input's description, so it is announced with the field.
 */
export function PasswordStrengthInput(props: PasswordInputProps & { value: string }) {
  const strength = passwordStrength(props.value);
  return (
    <PasswordInput
      {...props}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      description={
        <Box component="span" display="block" mt={6}>
          <Group component="span" gap={4} mb={4} aria-hidden wrap="nowrap">
            {[1, 2, 3, 4].map((step) => (
              <Box
                component="span"
                key={step}
                h={4}
                style={{
                  flex: 1,
                  borderRadius: 2,
                  background:
                    strength.score >= step
                      ? `var(--mantine-color-${strength.color}-filled)`
                      : 'var(--mantine-color-default-border)',
                }}
              />
            ))}
          </Group>
          <span>Strength: {strength.label}</span>
        </Box>
      }
    />
  );
}
