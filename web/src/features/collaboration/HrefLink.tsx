import { Anchor } from '@mantine/core';
import type { AnchorProps } from '@mantine/core';
import { useRouter } from '@tanstack/react-router';
import type { MouseEvent, ReactNode } from 'react';

export interface HrefLinkProps extends AnchorProps {
  /** An app path from the API, e.g. /policies/hate-speech. */
  href: string;
  children: ReactNode;
  /** Runs before a plain click navigates (e.g. marking a notification read). */
  onNavigate?: () => void;
}

/** A real `<a href>` to a path the server chose; plain clicks navigate without a page load. */
export function HrefLink({ href, children, onNavigate, ...props }: HrefLinkProps) {
  const router = useRouter();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    if (!href.startsWith('/') || href.startsWith('//')) return;
    event.preventDefault();
    onNavigate?.();
    void router.navigate({ href });
  };
  return (
    <Anchor href={href} onClick={onClick} {...props}>
      {children}
    </Anchor>
  );
}
