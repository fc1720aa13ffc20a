import type { DisaggregationOption, FormElement, FormGroup, FormMilestone, FormProject } from '../../../api/reporting-types'
import type { Bi } from '../../../api/types'
import { milestoneKey, projectKey, valueKey } from '../draft/draft-entries'
import type { GridArea } from './grid'

export type ElementTableLayout = { options: DisaggregationOption[]; rows: { element: FormElement; row: number }[] }
export type SectionLayout = {
  id: string
  node: FormGroup['node']
  tables: ElementTableLayout[]
  milestones: FormMilestone[]
  projects: FormProject[]
  /** entry keys of each item, to count the filled ones */
  itemKeys: string[][]
}
/** An entry as the person sees it on the page: its key, the item's name and the option (column) it is in. */
export type EntryRef = { key: string; name: Bi; code: string; option: Bi | null }

/**
 * The page's sections (one per programme) and, inside each, the element tables: undisaggregated elements in one
 * table, disaggregated ones in a table per option set (options as columns). Grid rows are numbered over the page.
 * `entries` lists every entry in the order it appears on the page (to go from one problem to the next).
 */
export function layoutSections(groups: FormGroup[]): { sections: SectionLayout[]; maxRow: number; entries: EntryRef[] } {
  let row = 0
  const sections = groups.map((g, i): SectionLayout => {
    const tables = new Map<string, ElementTableLayout>()
    const milestones: FormMilestone[] = []
    const projects: FormProject[] = []
    const itemKeys: string[][] = []
    for (const item of g.items) {
      if (item.kind === 'milestone') { milestones.push(item); itemKeys.push([`m:${item.code}`]); continue }
      if (item.kind === 'project') { projects.push(item); itemKeys.push([`p:${item.code}`]); continue }
      const sig = item.options.map((o) => o.code).join('|')
      if (!tables.has(sig)) tables.set(sig, { options: item.options, rows: [] })
      tables.get(sig)!.rows.push({ element: item, row: 0 })
      itemKeys.push(item.options.length ? item.options.map((o) => `v:${item.code}:${o.code}`) : [`v:${item.code}:`])
    }
    const ordered = [...tables.values()].sort((a, b) => a.options.length - b.options.length)
    for (const t of ordered) for (const r of t.rows) r.row = row++
    return { id: `section-${g.node?.code ?? `other-${i}`}`, node: g.node, tables: ordered, milestones, projects, itemKeys }
  })
  return { sections, maxRow: Math.max(0, row - 1), entries: sections.flatMap(entriesOnPage) }
}

/** Where a paste into this table may go: its own rows and columns, never the next table's or programme's. */
export const pasteArea = (table: ElementTableLayout): GridArea => ({ lastRow: table.rows.at(-1)?.row ?? 0, cols: Math.max(1, table.options.length) })

function entriesOnPage(s: SectionLayout): EntryRef[] {
  const values = s.tables.flatMap((t) => t.rows.flatMap(({ element: e }): EntryRef[] => (t.options.length
    ? t.options.map((o) => ({ key: valueKey(e.code, o.code), name: e.name, code: e.code, option: o.name }))
    : [{ key: valueKey(e.code, null), name: e.name, code: e.code, option: null }])))
  const milestones = s.milestones.map((m): EntryRef => ({ key: milestoneKey(m.code), name: m.name, code: m.code, option: null }))
  const projects = s.projects.map((p): EntryRef => ({ key: projectKey(p.code), name: p.name, code: p.code, option: null }))
  return [...values, ...milestones, ...projects]
}
