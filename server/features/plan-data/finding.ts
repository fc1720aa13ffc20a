export type Finding = {
  code: string
  kind: 'sum_mismatch' | 'stated_mismatch' | 'contradictory_targets' | 'duplicate_number' | 'skipped_number' | 'odd_period' | 'target_below_baseline' | 'heading_row' | 'duplicate_label' | 'other'
  severity: 'error' | 'warning' | 'info'
  subject_type?: string
  subject_code?: string
  title_lo: string
  title_en: string
  a?: { value: number | null; label: string; src?: string | null }
  b?: { value: number | null; label: string; src?: string | null }
  detail?: Record<string, unknown>
}

export const fmt = (n: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(n)
export const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 1e6) / 1e6
export const close = (a: number, b: number) => Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(a), Math.abs(b))
export const s = (v: string | number | undefined | null) => (v === undefined || v === null ? null : String(v))
