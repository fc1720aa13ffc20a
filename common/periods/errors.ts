/** Why a period id or operation was rejected; stable for callers that map errors to HTTP/i18n. */
export type PeriodErrorCode =
  | 'invalid_format'
  | 'year_out_of_range'
  | 'month_out_of_range'
  | 'quarter_out_of_range'
  | 'semester_out_of_range'
  | 'nine_months_suffix'
  | 'reversed_range'
  | 'plan_length'
  | 'mid_term_length'
  | 'invalid_bounds'
  | 'type_mismatch'
  | 'invalid_child_type'
  | 'invalid_parent_type'
  | 'plan_context_required'
  | 'not_applicable'
  | 'invalid_deadline_rule'
  | 'invalid_date'

/** Thrown for invalid period ids or operations; carries both a Lao (`lo`) and an English (`en`) message. */
export class PeriodError extends Error {
  readonly code: PeriodErrorCode
  readonly lo: string
  readonly en: string
  readonly input: string | undefined

  constructor(code: PeriodErrorCode, lo: string, en: string, input?: string) {
    super(`${en} — ${lo}`)
    this.name = 'PeriodError'
    this.code = code
    this.lo = lo
    this.en = en
    this.input = input
  }
}
