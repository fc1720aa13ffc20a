import type { DisaggregationOption, FormElement, FormGroup, FormMilestone, FormProject } from '../../../api/reporting-types'

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

/**
 * The page's sections (one per programme) and, inside each, the element tables: undisaggregated elements in one
 * table, disaggregated ones in a table per option set (options as columns). Grid rows are numbered over the page.
 */
export function layoutSections(groups: FormGroup[]): { sections: SectionLayout[]; maxRow: number } {
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
  return { sections, maxRow: Math.max(0, row - 1) }
}
