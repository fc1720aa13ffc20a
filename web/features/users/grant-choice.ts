import type { Role } from '../../api/people-types'
import type { UnitTree } from '../orgunits/build-unit-tree'

/**
 * A role being granted and where it applies. Nothing is chosen at first: the administrator must pick one unit or,
 * deliberately, the whole system — a grant without a unit reaches every unit's data.
 */
export type GrantChoice = { role: Role; scope: 'unit' | 'system' | null; unit: string | null }
export const NEW_GRANT: GrantChoice = { role: 'reporter', scope: null, unit: null }

export type GrantProblem = 'scopeRequired' | 'unitRequired'

/** What is still missing before the grant can be sent, if anything. */
export function grantProblem(c: GrantChoice): GrantProblem | null {
  if (c.scope === null) return 'scopeRequired'
  if (c.scope === 'unit' && !c.unit) return 'unitRequired'
  return null
}

/** The body the server expects (`unit: null` is the whole system); null while the choice is incomplete. */
export function grantInput(c: GrantChoice): { role: Role; unit: string | null } | null {
  if (grantProblem(c)) return null
  return { role: c.role, unit: c.scope === 'system' ? null : c.unit }
}

export type ReportingCoverage = {
  /** Units that report, in the chosen unit's subtree (itself included). */
  covered: number
  total: number
  /** Top-level units holding the reporting units left out: where the grant would have to be to reach them. */
  elsewhere: string[]
}

/** How many of the units that report a grant on `unit` reaches (a grant covers the unit and everything under it). */
export function reportingCoverage(tree: UnitTree, reporting: Iterable<string>, unit: string): ReportingCoverage {
  const subtree = tree.subtreeOf(unit)
  const all = [...new Set(reporting)].filter((c) => tree.byCode.has(c))
  const outside = all.filter((c) => !subtree.has(c))
  const topOf = (code: string) => {
    let top = code
    const seen = new Set([code])
    for (let p = tree.parentOf(top); p && tree.byCode.has(p) && !seen.has(p); p = tree.parentOf(top)) {
      seen.add(p)
      top = p
    }
    return top
  }
  return { covered: all.length - outside.length, total: all.length, elsewhere: [...new Set(outside.map(topOf))] }
}
