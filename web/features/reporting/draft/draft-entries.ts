import type { FormElement, FormItem, FormMilestone, FormProject, ReportForm } from '../../../api/reporting-types'
import type { ElementRule } from './check-value'
import { parseEntryNumber } from './parse-number'

/**
 * The editable entries of a report form, all as text (what the inputs show). One entry is what the server versions:
 * a value (element × option), a milestone's progress, a project's progress.
 */
export type Fields = Record<string, string>
export type EntryKind = 'value' | 'milestone' | 'project'
export type Entry = {
  key: string
  kind: EntryKind
  /** element, target or project code */
  code: string
  /** disaggregation option code (values only) */
  option: string | null
  /** how numbers are checked, per numeric field */
  rules: Record<string, ElementRule>
  /** text fields (not parsed as numbers) */
  textFields: readonly string[]
  fields: Fields
  /** what the server holds, as loaded or last saved */
  saved: Fields
  version: number
  /** someone else saved this entry since it was loaded: their content and version */
  conflict: { fields: Fields; version: number; at: string | null } | null
  /** the server refused this entry (422): its message, until the entry is edited again */
  serverError: { code: string; message: string; message_lo: string } | null
  inFlight: boolean
}

export type FormatNumber = (n: number, decimals: number) => string

export const valueKey = (element: string, option: string | null) => `v:${element}:${option ?? ''}`
export const milestoneKey = (target: string) => `m:${target}`
export const projectKey = (project: string) => `p:${project}`
export const DISBURSED = 'disbursed:'

const PERCENT: ElementRule = { valueType: 'percent', min: 0, max: 100, decimals: 2, aggregation: 'last' }
const AMOUNT: ElementRule = { valueType: 'number', min: 0, max: null, decimals: 2, aggregation: 'sum' }

/** Funding sources a project can report disbursements for: its own, counterpart funds for aid, and any already saved. */
export function disbursementSources(project: FormProject): string[] {
  const own = project.fundingSource
  const extra = own.startsWith('oda') ? ['counterpart'] : []
  return [...new Set([own, ...extra, ...Object.keys(project.entry?.disbursements ?? {})])].filter((s) => /^[a-z_]{1,40}$/.test(s))
}

export function entriesOf(form: ReportForm, fmt: FormatNumber): Entry[] {
  const out: Entry[] = []
  const text = (n: number | null | undefined, decimals: number) => (n === null || n === undefined ? '' : fmt(n, decimals))
  const base = { conflict: null, serverError: null, inFlight: false }
  for (const item of form.groups.flatMap((g) => g.items) as FormItem[]) {
    if (item.kind === 'element') {
      const isText = item.valueType === 'text'
      const options = item.options.length ? item.options.map((o) => ({ id: o.id, code: o.code as string | null })) : [{ id: 0, code: null }]
      for (const o of options) {
        const v = item.entry?.values.find((x) => x.option === o.id)
        const f = { value: isText ? v?.text ?? '' : text(v?.value, Math.max(item.decimals, 6)) }
        out.push({ ...base, key: valueKey(item.code, o.code), kind: 'value', code: item.code, option: o.code, rules: isText ? {} : { value: ruleOf(item) }, textFields: isText ? ['value'] : [], fields: f, saved: f, version: v?.version ?? 0 })
      }
    } else if (item.kind === 'milestone') {
      const f = milestoneFields(item.entry, text)
      out.push({ ...base, key: milestoneKey(item.code), kind: 'milestone', code: item.code, option: null, rules: { percentComplete: PERCENT }, textFields: ['status', 'narrative'], fields: f, saved: f, version: item.entry?.version ?? 0 })
    } else {
      const sources = disbursementSources(item)
      const f = projectFields(item.entry, sources, text)
      const rules: Record<string, ElementRule> = { physicalPercent: PERCENT, ...Object.fromEntries(sources.map((s) => [DISBURSED + s, AMOUNT])) }
      out.push({ ...base, key: projectKey(item.code), kind: 'project', code: item.code, option: null, rules, textFields: ['issues'], fields: f, saved: f, version: item.entry?.version ?? 0 })
    }
  }
  return out
}

const ruleOf = (e: FormElement): ElementRule => ({ valueType: e.valueType, min: e.min, max: e.max, decimals: e.decimals, aggregation: e.aggregation })

type Text = (n: number | null | undefined, decimals: number) => string
export function milestoneFields(m: { status: string | null; percentComplete: number | null; narrative: string | null } | null | undefined, text: Text): Fields {
  return { status: m?.status ?? '', percentComplete: text(m?.percentComplete, 2), narrative: m?.narrative ?? '' }
}
export function projectFields(p: { physicalPercent: number | null; issues: string | null; disbursements: Record<string, number> } | null | undefined, sources: string[], text: Text): Fields {
  const f: Fields = { physicalPercent: text(p?.physicalPercent, 2), issues: p?.issues ?? '' }
  for (const s of new Set([...sources, ...Object.keys(p?.disbursements ?? {})])) f[DISBURSED + s] = text(p?.disbursements?.[s], 2)
  return f
}

/** Same content: texts equal, or numbers that read the same ("1200" and "1.200"). */
export function sameField(e: Entry, field: string, a: string | undefined, b: string | undefined): boolean {
  if ((a ?? '') === (b ?? '')) return true
  if (e.textFields.includes(field)) return (a ?? '').trim() === (b ?? '').trim()
  const rule = e.rules[field]
  const x = parseEntryNumber(a ?? '', rule?.decimals ?? 0)
  const y = parseEntryNumber(b ?? '', rule?.decimals ?? 0)
  return x !== null && x === y
}

export const isDirty = (e: Entry): boolean => Object.keys({ ...e.fields, ...e.saved }).some((f) => !sameField(e, f, e.fields[f], e.saved[f]))

/** Anything entered (what counts towards "filled" in a section). */
export const isFilled = (e: Entry): boolean => Object.values(e.fields).some((v) => v.trim() !== '')
