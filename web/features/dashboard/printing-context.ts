import { createContext, useContext } from 'react'

/**
 * True while the dashboard is being printed: hidden parts (the remaining indicator charts, the programmes under each
 * focus plan) are shown and charts are drawn at once, so the printout holds everything.
 */
export const PrintingContext = createContext(false)
export const usePrinting = () => useContext(PrintingContext)
