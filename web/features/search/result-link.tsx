import type { AnchorProps } from '@mantine/core'
import { AppLink } from '../../ui/app-link'
import type { LinkTarget } from './result-route'

/** Renders a LinkTarget (see result-route.ts) as a router link; without a target, just the children. */
export function TargetLink({ target, children, ...rest }: { target: LinkTarget | null; children: React.ReactNode } & AnchorProps) {
  if (!target) return <>{children}</>
  const search = 'search' in target ? target.search : undefined
  const hash = 'hash' in target ? target.hash : undefined
  return (
    <AppLink {...rest} to={target.to as string} params={target.params as never} search={search as never} hash={hash}>
      {children}
    </AppLink>
  )
}
