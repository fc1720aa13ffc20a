import type { Src } from '../api/types'

/** A source reference is a line "617" or a range "617-619" of the plan document. */
export function parseSrc(src: Src | undefined): { from: number; to: number } | null {
  if (src === null || src === undefined || src === '') return null
  const m = /^\s*(\d+)\s*(?:[-–]\s*(\d+))?\s*$/.exec(String(src))
  if (!m) return null
  const from = Number(m[1])
  const to = m[2] ? Number(m[2]) : from
  return to >= from ? { from, to } : { from: to, to: from }
}
