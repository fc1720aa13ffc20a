import { useCallback, useEffect, useState } from 'react'
import { flushSync } from 'react-dom'

/**
 * Printing state for the dashboard: set synchronously before the browser lays out the printout (from the Print button
 * or the browser's own print command), cleared afterwards.
 */
export function usePrintMode() {
  const [printing, setPrinting] = useState(false)
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true))
    const after = () => setPrinting(false)
    window.addEventListener('beforeprint', before)
    window.addEventListener('afterprint', after)
    return () => {
      window.removeEventListener('beforeprint', before)
      window.removeEventListener('afterprint', after)
    }
  }, [])
  const print = useCallback(() => {
    flushSync(() => setPrinting(true))
    window.print()
  }, [])
  return { printing, print }
}
