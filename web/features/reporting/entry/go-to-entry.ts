import { ENTRY } from './grid'

/** Asks the section holding an entry to open (sections listen for it; see ProgrammeSection). */
export const REVEAL_ENTRY = 'tidtam:reveal-entry'

function inputOf(key: string): HTMLElement | null {
  const form = document.getElementById('report-form')
  if (!form) return null
  const k = CSS.escape(key)
  // The field with the problem first (a project has several numbers), else the entry's first input.
  return form.querySelector<HTMLElement>(`[${ENTRY}="${k}"][aria-invalid="true"]`) ?? form.querySelector<HTMLElement>(`[${ENTRY}="${k}"]`)
}

/**
 * Focuses an entry's input, opening its section first if it is closed, and brings it to the middle of the screen so
 * neither the sticky bar above nor the screen's edge hides it or the message under it.
 */
export function goToEntry(key: string): boolean {
  let el = inputOf(key)
  if (!el) {
    document.dispatchEvent(new CustomEvent(REVEAL_ENTRY, { detail: key }))
    el = inputOf(key)
  }
  if (!el) return false
  el.focus({ preventScroll: true })
  el.closest('.rg-cell, .rg-field')?.scrollIntoView({ block: 'center', inline: 'nearest' })
  return true
}
