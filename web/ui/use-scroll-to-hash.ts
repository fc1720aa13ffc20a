import { useEffect } from 'react'
import { useLocation } from '@tanstack/react-router'

/** After the page's data has arrived (`ready`), brings the element named by the URL's #hash into view and focus. */
export function useScrollToHash(ready: boolean) {
  const { hash } = useLocation()
  useEffect(() => {
    if (!ready || !hash) return
    const el = document.getElementById(decodeURIComponent(hash.replace(/^#/, '')))
    if (!el) return
    el.scrollIntoView({ block: 'start' })
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1')
    el.focus({ preventScroll: true })
  }, [ready, hash])
}
