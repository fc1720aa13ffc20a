import { bi, num } from './find-plan.js'

export type TargetRow = {
  id: number; code: string; scope: string; no: number | null; kind: string; text_lo: string | null; text_en: string | null
  target_value: string | null; unit_lo: string | null; unit_en: string | null; target_year: number | null; per_year: boolean
  comparator: string; baseline_value: string | null; baseline_year: number | null; milestone_status: string | null
  percent_complete: string | null; note: string | null; src: string | null; missing_in_source: boolean; parent_target_id: number | null
  indicator_id: number | null; meta: unknown
}

export function presentTarget(t: TargetRow, all: TargetRow[] = []): Record<string, unknown> {
  return {
    code: t.code, scope: t.scope, no: t.no, kind: t.kind, text: bi(t.text_lo, t.text_en),
    value: num(t.target_value), unit: bi(t.unit_lo, t.unit_en), year: t.target_year, perYear: t.per_year, comparator: t.comparator,
    baseline: t.baseline_value === null ? null : { value: num(t.baseline_value), year: t.baseline_year },
    milestone: t.kind === 'milestone' ? { status: t.milestone_status ?? 'not_started', percentComplete: num(t.percent_complete) } : null,
    note: t.note, src: t.src, missing: t.missing_in_source, hasIndicator: t.indicator_id !== null,
    parts: all.filter((p) => p.parent_target_id === t.id).map((p) => presentTarget(p, all)),
  }
}
