import { useEffect, useRef } from 'react'
import { useGoTo } from './use-go-to'

/**
 * Replaces the current entry with `href`, once: the page stays mounted while the target page loads, and must not
 * redirect again from there.
 */
export function RedirectTo({ href }: { href: string }) {
  const goTo = useGoTo()
  const done = useRef(false)
  useEffect(() => {
    if (done.current) return
    done.current = true
    goTo(href, true)
  }, [href])
  return null
}
