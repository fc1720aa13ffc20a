import type { Conflict, MilestoneInput, MilestoneStatus, ProjectInput, SaveBody, ValueInput } from '../../../api/reporting-types'
import { checkValue, type ValueProblem } from './check-value'
import { DISBURSED, milestoneFields, projectFields, type Entry, type Fields, type FormatNumber } from './draft-entries'

/** The first problem that keeps an entry from being saved (a field that is not a valid number), if any. */
export function entryProblem(e: Entry): { field: string; problem: ValueProblem } | null {
  for (const [field, rule] of Object.entries(e.rules)) {
    const c = checkValue(rule, e.fields[field] ?? '')
    if (c.problem) return { field, problem: c.problem }
  }
  return null
}

const num = (e: Entry, field: string) => checkValue(e.rules[field], e.fields[field] ?? '').value
const textOrNull = (s: string | undefined) => (s && s.trim() ? s : null)

/** One entry as the save request carries it, with the version it was loaded at. */
export function entryInput(e: Entry): { values?: ValueInput; milestones?: MilestoneInput; projects?: ProjectInput } {
  if (e.kind === 'value') {
    const isText = e.textFields.includes('value')
    return { values: { element: e.code, ...(e.option ? { option: e.option } : {}), value: isText ? null : num(e, 'value'), ...(isText ? { text: textOrNull(e.fields.value) } : {}), baseVersion: e.version } }
  }
  if (e.kind === 'milestone') {
    return { milestones: { target: e.code, status: (textOrNull(e.fields.status) as MilestoneStatus | null), percentComplete: num(e, 'percentComplete'), narrative: textOrNull(e.fields.narrative), baseVersion: e.version } }
  }
  const disbursements: Record<string, number> = {}
  for (const f of Object.keys(e.fields)) {
    if (!f.startsWith(DISBURSED)) continue
    const v = num(e, f)
    if (v !== null) disbursements[f.slice(DISBURSED.length)] = v
  }
  return { projects: { project: e.code, physicalPercent: num(e, 'physicalPercent'), issues: textOrNull(e.fields.issues), disbursements, baseVersion: e.version } }
}

export function saveBodyOf(entries: Entry[]): SaveBody {
  const body: SaveBody = { values: [], milestones: [], projects: [] }
  for (const e of entries) {
    const i = entryInput(e)
    if (i.values) body.values.push(i.values)
    if (i.milestones) body.milestones.push(i.milestones)
    if (i.projects) body.projects.push(i.projects)
  }
  return body
}

/** The key of the entry a conflict (or a refused entry) is about. */
export function conflictKey(c: Conflict): string {
  if (c.type === 'value') return `v:${c.element}:${c.option ?? ''}`
  return c.type === 'milestone' ? `m:${c.target}` : `p:${c.project}`
}

/** The other person's content of a conflicting entry, as text fields like the entry's own. */
export function conflictFields(e: Entry, c: Conflict, fmt: FormatNumber): Fields {
  const text = (n: number | null | undefined, d: number) => (n === null || n === undefined ? '' : fmt(n, d))
  if (c.type === 'value') {
    if (e.textFields.includes('value')) return { value: c.current?.text ?? '' }
    return { value: text(c.current?.value, Math.max(e.rules.value?.decimals ?? 0, 6)) }
  }
  if (c.type === 'milestone') return milestoneFields(c.current, text)
  const sources = Object.keys(e.fields).filter((f) => f.startsWith(DISBURSED)).map((f) => f.slice(DISBURSED.length))
  return projectFields(c.current ? { ...c.current, disbursements: c.current.disbursements ?? {} } : null, sources, text)
}
