import type { SearchType } from '../../api/types'

/** Where a search result (or a finding's subject) opens. `table` is needed for series, found by the caller. */
export type LinkTarget =
  | { to: '/plans/$code/nodes/$node'; params: { code: string; node: string } }
  | { to: '/plans/$code/targets/$target'; params: { code: string; target: string } }
  | { to: '/plans/$code/indicators/$indicator'; params: { code: string; indicator: string } }
  | { to: '/plans/$code/projects'; params: { code: string }; search: { q?: string; focusPlan?: string } }
  | { to: '/plans/$code/legislation'; params: { code: string }; search: { type?: string }; hash: string }
  | { to: '/plans/$code/statistics'; params: { code: string }; search: { table?: string; row?: string } }
  | { to: '/plans/$code/findings'; params: { code: string }; search: { focus?: string } }
  | { to: '/plans/$code'; params: { code: string } }

export function routeFor(type: SearchType | string, itemCode: string, plan: string, opts: { table?: string } = {}): LinkTarget | null {
  const code = plan
  switch (type) {
    case 'node': return { to: '/plans/$code/nodes/$node', params: { code, node: itemCode } }
    case 'target': return { to: '/plans/$code/targets/$target', params: { code, target: itemCode } }
    case 'indicator': return { to: '/plans/$code/indicators/$indicator', params: { code, indicator: itemCode } }
    case 'project': return { to: '/plans/$code/projects', params: { code }, search: { q: itemCode } }
    case 'legislation': return { to: '/plans/$code/legislation', params: { code }, search: {}, hash: itemCode }
    case 'series':
    case 'statistics':
    case 'budget': return { to: '/plans/$code/statistics', params: { code }, search: { table: opts.table, row: itemCode } }
    case 'finding': return { to: '/plans/$code/findings', params: { code }, search: { focus: itemCode } }
    case 'projects': return { to: '/plans/$code/projects', params: { code }, search: { focusPlan: itemCode } }
    case 'plan': return { to: '/plans/$code', params: { code } }
    default:
      // Finding subjects such as "PROJECTS-FP4" name a group of projects by focus plan.
      if (/^PROJECTS-/.test(type)) return { to: '/plans/$code/projects', params: { code }, search: { focusPlan: type.slice('PROJECTS-'.length) } }
      if (/^LEGISLATION-/.test(type)) return { to: '/plans/$code/legislation', params: { code }, search: {}, hash: itemCode }
      return null
  }
}

/** Results in a stable, readable order of types, each group keeping the server's ranking. */
export const TYPE_ORDER: SearchType[] = ['node', 'target', 'indicator', 'project', 'legislation', 'series', 'finding', 'orgunit']

export function groupResults<T extends { type: string }>(results: T[]): { type: string; items: T[] }[] {
  const groups = new Map<string, T[]>()
  for (const r of results) groups.set(r.type, [...(groups.get(r.type) ?? []), r])
  return [...groups.entries()]
    .sort(([a], [b]) => (TYPE_ORDER.indexOf(a as SearchType) + 1 || 99) - (TYPE_ORDER.indexOf(b as SearchType) + 1 || 99))
    .map(([type, items]) => ({ type, items }))
}
