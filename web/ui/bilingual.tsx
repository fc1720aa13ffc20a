import { useTranslation } from 'react-i18next'
import type { Bi } from '../api/types'

export type Picked = { text: string; lang: 'lo' | 'en' } | null

/** The reader's language when the item has it, else the other language (marked with its own lang attribute). */
export function pickBi(value: Bi | null | undefined, lang: string): Picked {
  if (!value) return null
  const want = lang === 'en' ? 'en' : 'lo'
  const other = want === 'en' ? 'lo' : 'en'
  if (value[want]) return { text: value[want]!, lang: want }
  if (value[other]) return { text: value[other]!, lang: other }
  return null
}

export function useBi() {
  const { i18n } = useTranslation()
  return (value: Bi | null | undefined) => pickBi(value, i18n.language)
}

/** Renders a bilingual name; `empty` when neither language has it. */
export function BiText({ value, empty = null }: { value: Bi | null | undefined; empty?: React.ReactNode }) {
  const picked = useBi()(value)
  if (!picked) return <>{empty}</>
  return <span lang={picked.lang}>{picked.text}</span>
}
