import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { periodLabel } from '../../../common/periods.js'
import { allowedDecimals } from '../../../common/numbers/check-element-number.js'
import { findReportContext, type ReportKey } from '../reporting/find-report-context.js'
import { loadFormItems, type FormElement, type FormMilestone } from '../reporting/load-form-items.js'

export type TemplateValueRow = {
  elementCode: string; optionCode: string | null; item: string; itemEn: string | null; option: string | null; unit: string | null
  value: number | string | null; comment: string | null; valueType: string; min: number | null; max: number | null; decimals: number
}
export type TemplateMilestoneRow = { code: string; item: string; status: string | null; percentComplete: number | null; narrative: string | null }
export type TemplateData = Awaited<ReturnType<typeof loadTemplateRows>>

const num = (v: string | null) => (v === null ? null : Number(v))

/** One row per element × disaggregation option of the unit's form (options in their order), with the saved values. */
export async function loadTemplateRows(db: Kysely<DB>, key: ReportKey) {
  const ctx = await findReportContext(db, key)
  const items = await loadFormItems(db, ctx.dataSet.id, ctx.unit.id)
  const elements = items.filter((i): i is FormElement => i.kind === 'element')
  const milestones = items.filter((i): i is FormMilestone => i.kind === 'milestone')
  const disIds = [...new Set(elements.map((e) => e.disaggregationId).filter((d): d is number => d !== null))]
  const options = disIds.length
    ? await db.selectFrom('disaggregation_options').select(['id', 'code', 'name_lo', 'name_en', 'disaggregation_id']).where('disaggregation_id', 'in', disIds).orderBy('sort_order').orderBy('id').execute()
    : []
  const reportId = ctx.report?.id ?? null
  const saved = reportId === null ? [] : await db.selectFrom('data_values').select(['data_element_id', 'option_id', 'value', 'text_value', 'comment']).where('report_id', '=', reportId).execute()
  const savedBy = new Map(saved.map((v) => [`${v.data_element_id}:${v.option_id}`, v]))
  const progress = reportId === null ? [] : await db.selectFrom('milestone_progress').select(['target_id', 'status', 'percent_complete', 'narrative']).where('report_id', '=', reportId).execute()
  const progressBy = new Map(progress.map((m) => [m.target_id, m]))

  const values: TemplateValueRow[] = []
  for (const el of elements) {
    const opts = el.disaggregationId === null ? [null] : options.filter((o) => o.disaggregation_id === el.disaggregationId)
    for (const o of opts) {
      const s = savedBy.get(`${el.id}:${o?.id ?? 0}`)
      values.push({
        elementCode: el.code, optionCode: o?.code ?? null, item: el.name.lo, itemEn: el.name.en, option: o ? (o.name_en ? `${o.name_lo} (${o.name_en})` : o.name_lo) : null,
        unit: el.unit.lo ?? el.unit.en, value: s ? (el.valueType === 'text' ? s.text_value : num(s.value)) : null, comment: s?.comment ?? null,
        valueType: el.valueType, min: el.min, max: el.max, decimals: el.decimals,
      })
    }
  }
  const milestoneRows: TemplateMilestoneRow[] = milestones.map((m) => {
    const p = progressBy.get(m.id)
    return { code: m.code, item: m.name.lo ?? m.name.en ?? m.code, status: p?.status ?? null, percentComplete: num(p?.percent_complete ?? null), narrative: p?.narrative ?? null }
  })
  return {
    report: {
      plan: ctx.plan.code, dataSet: ctx.dataSet.code, unit: ctx.unit.code, period: ctx.period.id, isDemo: ctx.dataSet.is_demo,
      title: {
        lo: `${ctx.dataSet.name_lo} — ${ctx.unit.name_lo} — ${periodLabel(ctx.period.id, 'lo')}`,
        en: `${ctx.dataSet.name_en ?? ctx.dataSet.code} — ${ctx.unit.name_en ?? ctx.unit.code} — ${periodLabel(ctx.period.id, 'en')}`,
      },
      status: ctx.report?.status ?? 'draft',
    },
    values,
    milestones: milestoneRows,
  }
}

/** "0 – 100, up to 1 decimal place" in Lao and English, for the template's last column. */
export function allowedText(r: Pick<TemplateValueRow, 'valueType' | 'min' | 'max' | 'decimals'>): { lo: string; en: string } {
  if (r.valueType === 'text') return { lo: 'ຂໍ້ຄວາມ', en: 'text' }
  const min = r.min ?? (r.valueType === 'percent' ? 0 : null)
  const max = r.max ?? (r.valueType === 'percent' ? 100 : null)
  const range = min !== null && max !== null ? `${min} – ${max}` : min !== null ? `≥ ${min}` : max !== null ? `≤ ${max}` : ''
  const decimals = allowedDecimals(r)
  return {
    lo: [range, decimals ? `ທົດສະນິຍົມບໍ່ເກີນ ${decimals} ຕຳແໜ່ງ` : 'ຈຳນວນຖ້ວນ'].filter(Boolean).join(', '),
    en: [range, decimals ? `up to ${decimals} decimal place${decimals > 1 ? 's' : ''}` : 'whole number'].filter(Boolean).join(', '),
  }
}
