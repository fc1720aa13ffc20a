import type { Bi, Target, TreeNode } from '../../api/types'

export type ItemOption = { value: string; label: string }
type Named = { code: string; name: Bi }

const MAX_LABEL = 150
const clip = (s: string) => (s.length > MAX_LABEL ? `${s.slice(0, MAX_LABEL - 1)}…` : s)
const option = (code: string, text: string | null | undefined): ItemOption => ({ value: code, label: clip(text ? `${code} — ${text}` : code) })

/** Framework nodes (programmes and the rest) in document order, each labelled "P01 — ແຜນງານ ທີ 1: …". */
export function nodeOptions(nodes: TreeNode[], label: (n: TreeNode) => string, taken: Set<string>): ItemOption[] {
  return nodes.filter((n) => n.kind !== 'orphan_group' && !taken.has(n.code)).map((n) => option(n.code, label(n)))
}

/** Targets with their parts (a part can be assigned on its own). */
export function targetOptions(targets: Target[], text: (b: Bi) => string | undefined, taken: Set<string>): ItemOption[] {
  const out: ItemOption[] = []
  const walk = (t: Target) => {
    if (!taken.has(t.code)) out.push(option(t.code, text(t.text)))
    t.parts.forEach(walk)
  }
  targets.forEach(walk)
  return out
}

/** Indicators and projects: code and name. */
export function namedOptions(items: Named[], text: (b: Bi) => string | undefined, taken: Set<string>): ItemOption[] {
  return items.filter((i) => !taken.has(i.code)).map((i) => option(i.code, text(i.name)))
}
