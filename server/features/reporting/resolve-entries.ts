import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { FormElement, FormItem } from './load-form-items.js'
import type { SaveBody } from './reporting.schemas.js'
import { validateValue } from './validate-value.js'
import type { NumberReading } from '../../../common/numbers/parse-number-text.js'

export type EntryError = { path: string; item: string; option?: string | null; code: string; message: string; message_lo: string }
export type ResolvedValue = { elementId: number; elementCode: string; optionId: number; optionCode: string | null; value: number | null; text: string | null; comment: string | null; baseVersion: number }
export type ResolvedMilestone = { targetId: number; code: string; status: string | null; percentComplete: number | null; narrative: string | null; baseVersion: number; touched: Set<string> }
export type ResolvedProject = { projectId: number; code: string; physicalPercent: number | null; issues: string | null; disbursements: Record<string, number> | undefined; baseVersion: number; touched: Set<string> }

const notInForm = (path: string, item: string) => ({
  path, item, code: 'not_in_form', message: `${item} is not part of this unit's form`, message_lo: `${item} ບໍ່ຢູ່ໃນແບບຟອມຂອງຫົວໜ່ວຍນີ້`,
})

/**
 * Maps a save request onto the unit's form: every code must be an item the unit answers for, every option one of the
 * element's options, every value valid. Returns all problems at once so the reporter can fix them in one go.
 * Values sent as text are read in `numbers`, the convention of whoever wrote them (the reader's language, or `plain`).
 */
export async function resolveEntries(db: Kysely<DB>, items: FormItem[], body: SaveBody, numbers: NumberReading = 'lo') {
  const errors: EntryError[] = []
  const byCode = (kind: FormItem['kind']) => new Map(items.filter((i) => i.kind === kind).map((i) => [i.code, i]))
  const elements = byCode('element') as Map<string, FormElement>
  const milestones = byCode('milestone')
  const projects = byCode('project')
  const disIds = [...new Set([...elements.values()].map((e) => e.disaggregationId).filter((d): d is number => d !== null))]
  const options = disIds.length ? await db.selectFrom('disaggregation_options').select(['id', 'code', 'disaggregation_id']).where('disaggregation_id', 'in', disIds).execute() : []

  const values: ResolvedValue[] = []
  const seen = new Set<string>()
  body.values.forEach((v, i) => {
    const path = `values[${i}]`
    const el = elements.get(v.element)
    if (!el) return void errors.push(notInForm(path, v.element))
    let optionId = 0
    if (v.option) {
      const opt = options.find((o) => o.disaggregation_id === el.disaggregationId && o.code === v.option)
      if (!opt) return void errors.push({ path, item: v.element, option: v.option, code: 'unknown_option', message: `${v.element} has no option ${v.option}`, message_lo: `${v.element} ບໍ່ມີທາງເລືອກ ${v.option}` })
      optionId = opt.id
    }
    const key = `${el.id}:${optionId}`
    if (seen.has(key)) return void errors.push({ path, item: v.element, option: v.option, code: 'duplicate', message: `${v.element} appears twice`, message_lo: `${v.element} ຊ້ຳກັນ` })
    seen.add(key)
    const checked = el.valueType === 'text' ? { value: null } : validateValue(el, v.value, numbers)
    if ('problem' in checked && checked.problem) return void errors.push({ path, item: v.element, option: v.option ?? null, ...checked.problem })
    values.push({ elementId: el.id, elementCode: el.code, optionId, optionCode: v.option ?? null, value: checked.value, text: el.valueType === 'text' ? (v.text ?? (typeof v.value === 'string' ? v.value : null)) : null, comment: v.comment ?? null, baseVersion: v.baseVersion })
  })

  const milestoneEntries: ResolvedMilestone[] = []
  body.milestones.forEach((m, i) => {
    const t = milestones.get(m.target)
    if (!t) return void errors.push(notInForm(`milestones[${i}]`, m.target))
    const touched = new Set(Object.keys(m).filter((k) => k !== 'target' && k !== 'baseVersion'))
    milestoneEntries.push({ targetId: t.id, code: t.code, status: m.status ?? null, percentComplete: m.percentComplete ?? null, narrative: m.narrative ?? null, baseVersion: m.baseVersion, touched })
  })

  const projectEntries: ResolvedProject[] = []
  body.projects.forEach((p, i) => {
    const pr = projects.get(p.project)
    if (!pr) return void errors.push(notInForm(`projects[${i}]`, p.project))
    const touched = new Set(Object.keys(p).filter((k) => k !== 'project' && k !== 'baseVersion'))
    projectEntries.push({ projectId: pr.id, code: pr.code, physicalPercent: p.physicalPercent ?? null, issues: p.issues ?? null, disbursements: p.disbursements, baseVersion: p.baseVersion, touched })
  })
  return { errors, values, milestones: milestoneEntries, projects: projectEntries }
}
