import { useEffect, useRef, type ReactNode } from 'react'
import { Paper } from '@mantine/core'

/**
 * The save status and workflow buttons, kept in view while scrolling. Its height changes (it wraps on a phone), so it
 * publishes where it ends as --rg-sticky-bottom: inputs use it as their scroll margin, and a cell reached with the
 * keyboard stops below the bar instead of beneath it.
 */
export function StickyBar({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const bar = ref.current
    const page = bar?.parentElement
    if (!bar || !page) return
    const update = () => page.style.setProperty('--rg-sticky-bottom', `${Math.ceil((parseFloat(getComputedStyle(bar).top) || 0) + bar.offsetHeight)}px`)
    update()
    const observer = new ResizeObserver(update)
    observer.observe(bar)
    return () => observer.disconnect()
  }, [])
  return <Paper ref={ref} className="rg-sticky" withBorder p="xs" radius="sm" data-testid="sticky-bar">{children}</Paper>
}
