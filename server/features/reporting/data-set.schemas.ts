import { z } from 'zod'

const bilingualInput = z.strictObject({ lo: z.string().min(1).max(300), en: z.string().max(300).nullable().optional() })
export const FREQUENCIES = ['month', 'quarter', 'semester', 'nine_months', 'year', 'mid_term', 'plan'] as const
export const memberInput = z.strictObject({ type: z.enum(['dataElement', 'target', 'project']), code: z.string().min(1).max(80) })

export const createDataSetBody = z.strictObject({
  code: z.string().regex(/^[A-Z0-9][A-Z0-9_-]{0,39}$/, 'upper-case letters, digits, - and _'),
  name: bilingualInput,
  frequency: z.enum(FREQUENCIES),
  deadlineDays: z.number().int().min(0).max(366).default(15).describe('the report is due this many days after the period ends'),
  reviewPath: z.enum(['direct', 'via_province']).default('direct'),
  members: z.array(memberInput).max(5000).default([]),
})
export const updateDataSetBody = z.strictObject({
  name: bilingualInput.optional(),
  frequency: z.enum(FREQUENCIES).optional().describe('only while no report of this form exists'),
  deadlineDays: z.number().int().min(0).max(366).optional(),
  reviewPath: z.enum(['direct', 'via_province']).optional(),
})
export const membersBody = z.strictObject({ members: z.array(memberInput).max(5000) })

export const createDataElementBody = z.strictObject({
  code: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/),
  name: bilingualInput,
  unit: z.strictObject({ lo: z.string().max(60).nullable().optional(), en: z.string().max(60).nullable().optional() }).optional(),
  valueType: z.enum(['number', 'integer', 'percent', 'text']).default('number'),
  aggregation: z.enum(['sum', 'average', 'last']).default('sum'),
  disaggregation: z.string().max(40).nullable().optional().describe('a disaggregation code such as SEX'),
  min: z.number().nullable().optional(),
  max: z.number().nullable().optional(),
  decimals: z.number().int().min(0).max(6).optional().describe('decimal places a value may have; more are refused (default: 1 for a percentage, else 0)'),
})
export const updateDataElementBody = createDataElementBody.omit({ code: true, valueType: true, disaggregation: true }).partial()
