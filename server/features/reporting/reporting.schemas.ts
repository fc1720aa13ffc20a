import { z } from 'zod'

const code = z.string().min(1).max(80)
export const reportParams = z.strictObject({
  code: z.string().min(1).max(60).describe('plan code'),
  dataSet: code.describe('data set (form) code, e.g. QUARTERLY'),
  unit: z.string().min(1).max(60).describe('reporting org unit code'),
  period: z.string().min(4).max(20).describe('period id, e.g. 2024Q1'),
})
export type ReportParams = z.infer<typeof reportParams>

const baseVersion = z.number().int().min(0).describe('the version you loaded (0 for an entry not saved yet)')
const comment = z.string().max(2000).nullable().optional()

export const valueInput = z.strictObject({
  element: code,
  option: code.nullable().optional().describe('disaggregation option code; absent for an undisaggregated value'),
  value: z.union([z.number(), z.string().max(100)]).nullable().describe('a number, or numeric text as the reader types it (Lao 1.234,5; English 1,234.5 when the tidtam_lang cookie is en; text two ways of reading would make different numbers, such as 1,200 in Lao, is refused); null clears it'),
  text: z.string().max(4000).nullable().optional().describe('for text elements'),
  comment,
  baseVersion,
})
export const milestoneInput = z.strictObject({
  target: code,
  status: z.enum(['not_started', 'on_track', 'delayed', 'completed', 'cancelled']).nullable().optional(),
  percentComplete: z.number().min(0).max(100).nullable().optional(),
  narrative: z.string().max(8000).nullable().optional(),
  baseVersion,
})
export const projectInput = z.strictObject({
  project: code,
  physicalPercent: z.number().min(0).max(100).nullable().optional(),
  issues: z.string().max(8000).nullable().optional(),
  disbursements: z.record(z.string().regex(/^[a-z_]{1,40}$/), z.number().min(0).max(1e15)).optional().describe('disbursed this period by funding source, in the project currency'),
  baseVersion,
})
export const saveBody = z.strictObject({
  values: z.array(valueInput).max(20_000).default([]),
  milestones: z.array(milestoneInput).max(2_000).default([]),
  projects: z.array(projectInput).max(2_000).default([]),
})
export type SaveBody = z.infer<typeof saveBody>

export const transitionBody = z.strictObject({ reason: z.string().max(4000).optional() })
export const actionParams = reportParams.extend({ action: z.enum(['submit', 'return', 'approve', 'lock', 'reopen']) })

export const listReportsQuery = z.strictObject({
  plan: z.string().max(60).optional(),
  dataSet: code.optional(),
  unit: z.string().max(60).optional().describe('only this unit and its sub-units'),
  period: z.string().max(20).optional(),
  status: z.enum(['draft', 'submitted', 'returned', 'approved', 'locked']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
})
