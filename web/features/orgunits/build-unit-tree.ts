import { normalizeLao } from '../../../common/lao-text'
import type { OrgUnit } from '../../api/people-types'

export type UnitTree = {
  byCode: Map<string, OrgUnit>
  roots: OrgUnit[]
  childrenOf: (code: string) => OrgUnit[]
  parentOf: (code: string) => string | null | undefined
  /** Codes of this unit's subtree, itself included (a move may not go there). */
  subtreeOf: (code: string) => Set<string>
}

/** Indexes the server's path-ordered list by parent; a unit whose parent the caller cannot see becomes a root. */
export function buildUnitTree(units: OrgUnit[]): UnitTree {
  const byCode = new Map(units.map((u) => [u.code, u]))
  const children = new Map<string, OrgUnit[]>()
  const roots: OrgUnit[] = []
  for (const u of units) {
    if (u.parentCode && byCode.has(u.parentCode)) children.set(u.parentCode, [...(children.get(u.parentCode) ?? []), u])
    else roots.push(u)
  }
  const childrenOf = (code: string) => children.get(code) ?? []
  const subtreeOf = (code: string) => {
    const out = new Set<string>()
    const walk = (c: string) => {
      if (out.has(c)) return
      out.add(c)
      childrenOf(c).forEach((k) => walk(k.code))
    }
    walk(code)
    return out
  }
  return { byCode, roots, childrenOf, parentOf: (code) => byCode.get(code)?.parentCode, subtreeOf }
}

const haystack = (u: OrgUnit) => normalizeLao([u.code, u.name.lo, u.name.en, u.abbr.lo, u.abbr.en, u.iso].filter(Boolean).join(' '))

/** Units matching the search (code, names, abbreviations, ISO code), and every ancestor needed to show them in place. */
export function searchUnits(tree: UnitTree, query: string): { matches: Set<string>; visible: Set<string> } {
  const q = normalizeLao(query)
  const matches = new Set<string>()
  const visible = new Set<string>()
  if (!q) return { matches, visible }
  for (const u of tree.byCode.values()) {
    if (!haystack(u).includes(q)) continue
    matches.add(u.code)
    for (let c: string | null | undefined = u.code; c && !visible.has(c); c = tree.parentOf(c)) visible.add(c)
  }
  return { matches, visible }
}
