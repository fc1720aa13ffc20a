import { periodLabel } from '../../../common/periods.js'
import type { ReportContext } from './find-report-context.js'

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null)

/** A report's header as the API shows it; a report nobody has saved yet is a draft at version 0. */
export function presentReport(ctx: Pick<ReportContext, 'plan' | 'dataSet' | 'unit' | 'period' | 'report'>, status: string) {
  const r = ctx.report
  return {
    id: r?.id ?? null,
    plan: ctx.plan.code,
    dataSet: { code: ctx.dataSet.code, name: { lo: ctx.dataSet.name_lo, en: ctx.dataSet.name_en }, frequency: ctx.dataSet.frequency, reviewPath: ctx.dataSet.review_path },
    unit: { code: ctx.unit.code, kind: ctx.unit.kind, name: { lo: ctx.unit.name_lo, en: ctx.unit.name_en } },
    period: { id: ctx.period.id, start: ctx.period.start, end: ctx.period.end, label: { lo: periodLabel(ctx.period.id, 'lo'), en: periodLabel(ctx.period.id, 'en') } },
    status,
    reviewLevel: r?.review_level ?? 0,
    version: r?.version ?? 0,
    returnReason: r?.return_reason ?? null,
    isDemo: r?.is_demo ?? false,
    updatedAt: iso(r?.updated_at),
    submittedAt: iso(r?.submitted_at),
    approvedAt: iso(r?.approved_at),
    lockedAt: iso(r?.locked_at),
  }
}
