import { forwardRef, type AnchorHTMLAttributes } from 'react'
import { Anchor, NavLink, type AnchorProps, type NavLinkProps } from '@mantine/core'
import { createLink, type LinkComponent } from '@tanstack/react-router'

type AnchorLinkProps = AnchorProps & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'color' | 'style'>
const MantineAnchor = forwardRef<HTMLAnchorElement, AnchorLinkProps>((props, ref) => <Anchor ref={ref} {...props} />)
const CreatedAnchor = createLink(MantineAnchor)

/** A router link drawn as a Mantine Anchor; code and data for the target page start loading on hover/focus. */
export const AppLink: LinkComponent<typeof MantineAnchor> = (props) => <CreatedAnchor preload="intent" {...props} />

type NavItemProps = NavLinkProps & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'color' | 'style' | 'onChange'>
const MantineNavItem = forwardRef<HTMLAnchorElement, NavItemProps>((props, ref) => <NavLink component="a" ref={ref} {...props} />)
const CreatedNavItem = createLink(MantineNavItem)

export const NavItemLink: LinkComponent<typeof MantineNavItem> = (props) => <CreatedNavItem preload="intent" {...props} />

