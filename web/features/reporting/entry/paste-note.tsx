import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

export type Pasted = { pasted: number; skipped: number }

/** Announced on each paste, so that only the latest paste keeps its note. */
const PASTED = 'tidtam:pasted'

/** The note of the last block pasted into this cell; it goes when another cell takes a paste. */
export function usePasteNote(entryKey: string) {
  const [note, setNote] = useState<Pasted | null>(null)
  useEffect(() => {
    if (!note) return
    const elsewhere = (e: Event) => { if ((e as CustomEvent<string>).detail !== entryKey) setNote(null) }
    document.addEventListener(PASTED, elsewhere)
    return () => document.removeEventListener(PASTED, elsewhere)
  }, [note, entryKey])
  const show = useCallback((n: Pasted) => {
    document.dispatchEvent(new CustomEvent(PASTED, { detail: entryKey }))
    setNote(n)
  }, [entryKey])
  return { note, show, clear: useCallback(() => setNote(null), []) }
}

/** "4 values pasted", or how many did not fit in the table and were left out. */
export function PasteNote({ note }: { note: Pasted }) {
  const { t } = useTranslation()
  return (
    <p className="rg-note" role="status" data-testid="paste-note" data-skipped={note.skipped || undefined}>
      {note.skipped ? t('dataEntry.paste.someLeftOut', { count: note.pasted, skipped: note.skipped }) : t('dataEntry.paste.done', { count: note.pasted })}
    </p>
  )
}
