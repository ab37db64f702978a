import { Anchor, Button, NavLink } from '@mantine/core';
import type { AnchorProps, ButtonProps, NavLinkProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import type { ComponentPropsWithRef } from 'react';

type AnchorElementProps = Omit<ComponentPropsWithRef<'a'>, 'color' | 'style'>;

function MantineAnchor(props: AnchorProps & AnchorElementProps) {
  return <Anchor {...props} />;
}

function MantineNavLink(props: NavLinkProps & Omit<AnchorElementProps, 'onChange'>) {
  return <NavLink {...props} />;
}

function MantineButtonLink(props: ButtonProps & AnchorElementProps) {
  return <Button component="a" {...props} />;
}

/** Router links styled as Mantine components: real `<a href>`s, so middle-click and keyboard work. */
export const AnchorLink = createLink(MantineAnchor);
export const NavLinkLink = createLink(MantineNavLink);
export const ButtonLink = createLink(MantineButtonLink);
