import type { ValueProblem } from './check-value'
import { isDirty, type Entry } from './draft-entries'
import { entryProblem } from './entry-body'

/**
 * Why a changed entry is not on the server yet: it is not valid (`invalid`), the server refused it (`refused`),
 * someone else saved it meanwhile (`conflict`) — all three wait for the person — or it is simply on its way (`unsaved`).
 */
export type IssueKind = 'invalid' | 'refused' | 'conflict' | 'unsaved'
export type EntryIssue = { key: string; kind: IssueKind; field: string | null; problem: ValueProblem | null }

export function entryIssue(e: Entry): EntryIssue | null {
  if (!isDirty(e)) return null
  if (e.conflict) return { key: e.key, kind: 'conflict', field: null, problem: null }
  const p = entryProblem(e)
  if (p) return { key: e.key, kind: 'invalid', field: p.field, problem: p.problem }
  if (e.serverError) return { key: e.key, kind: 'refused', field: null, problem: null }
  return { key: e.key, kind: 'unsaved', field: null, problem: null }
}

/** Every entry's issue, in the order the entries appear on the page (`order`: their keys). */
export function issuesInOrder(entries: Entry[], order: string[]): EntryIssue[] {
  const at = new Map(order.map((k, i) => [k, i]))
  const pos = (k: string) => at.get(k) ?? order.length
  return entries.map(entryIssue).filter((i): i is EntryIssue => i !== null).sort((a, b) => pos(a.key) - pos(b.key))
}

/** The first of `keys` after `after` in page order, going round to the first again at the end. */
export function nextKey(order: string[], keys: string[], after: string | null): string | null {
  if (!keys.length) return null
  const wanted = new Set(keys)
  const start = after === null ? -1 : order.indexOf(after)
  for (let i = 1; i <= order.length; i++) {
    const k = order[(start + i + order.length) % order.length]
    if (wanted.has(k)) return k
  }
  return keys[0]
}
