import { Anchor, type AnchorProps } from '@mantine/core';
import { useRouter } from '@tanstack/react-router';
import type { ReactNode } from 'react';

/** A link to a web path given as text (from the server, or a page another feature adds), without a reload. */
export function InAppAnchor({ href, children, ...rest }: AnchorProps & { href: string; children: ReactNode }) {
  const router = useRouter();
  return (
    <Anchor
      href={href}
      {...rest}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        void router.navigate({ href });
      }}
    >
      {children}
    </Anchor>
  );
}
