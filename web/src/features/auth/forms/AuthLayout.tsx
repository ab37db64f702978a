import { Box, Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { BrandMark } from '../../../ui/BrandMark';
import { useDocumentTitle } from '../../../ui/useDocumentTitle';

export interface AuthLayoutProps {
  /** The page's h1. */
  title: string;
  documentTitle: string;
  subtitle?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}

/** The frame of the signed-out pages (sign in, setup, invitation): one centred card. */
export function AuthLayout({ title, documentTitle, subtitle, children, footer }: AuthLayoutProps) {
  useDocumentTitle(documentTitle);
  return (
    <Box
      component="main"
      mih="100vh"
      py={48}
      px="md"
      style={{
        background:
          'radial-gradient(1200px 500px at 50% -10%, var(--mantine-color-indigo-light), transparent 70%), var(--mantine-color-body)',
      }}
    >
      <Center>
        <Stack w="100%" maw={420} gap="lg">
          <Center>
            <BrandMark size={36} />
          </Center>
          <Paper withBorder shadow="sm" p="xl">
            <Stack gap="lg">
              <Stack gap={4}>
                <Title order={1} size="h2">
                  {title}
                </Title>
                {subtitle ? (
                  <Text size="sm" c="dimmed" component="div">
                    {subtitle}
                  </Text>
                ) : null}
              </Stack>
              {children}
            </Stack>
          </Paper>
          {footer ? (
            <Text size="xs" c="dimmed" ta="center" component="div">
              {footer}
            </Text>
          ) : null}
        </Stack>
      </Center>
    </Box>
  );
}
