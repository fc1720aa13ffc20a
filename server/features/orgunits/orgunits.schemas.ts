import { z } from 'zod'

export const ORG_UNIT_KINDS = ['country', 'ministry', 'department', 'centre', 'institute', 'authority', 'province', 'district', 'operator', 'group', 'other'] as const
export const UNIT_CODE = /^[A-Z0-9][A-Za-z0-9._-]*$/
export const unitCode = z.string().trim().max(40).regex(UNIT_CODE, 'ASCII letters (starting upper-case), digits, ".", "_" or "-"')
const text = (max: number) => z.string().trim().min(1).max(max)

export const unitParams = z.strictObject({ unit: z.string().min(1).max(60) })

export const createOrgUnitBody = z.strictObject({
  code: unitCode,
  kind: z.enum(ORG_UNIT_KINDS),
  parent: unitCode.nullable().describe('code of the parent unit; null: a new root'),
  name: z.strictObject({ lo: text(300), en: text(300).nullable().optional() }),
  abbr: z.strictObject({ lo: text(60).nullable().optional(), en: text(60).nullable().optional() }).optional(),
  iso: text(20).nullable().optional(),
})
export type CreateOrgUnitInput = z.infer<typeof createOrgUnitBody>

export const updateOrgUnitBody = z.strictObject({
  kind: z.enum(ORG_UNIT_KINDS).optional(),
  name: z.strictObject({ lo: text(300), en: text(300).nullable().optional() }).optional(),
  abbr: z.strictObject({ lo: text(60).nullable().optional(), en: text(60).nullable().optional() }).optional(),
  iso: text(20).nullable().optional(),
})
export type UpdateOrgUnitInput = z.infer<typeof updateOrgUnitBody>

export const moveOrgUnitBody = z.strictObject({ parent: unitCode.nullable().describe('the new parent; null: make it a root') })

export const importOrgUnitsBody = z.strictObject({
  // An empty file is allowed through, so the import itself can say so in words.
  csv: z.string().max(2_000_000).describe('header: code,kind,parent,name_lo,name_en,abbr_lo,abbr_en,iso (code, kind, name_lo required)'),
  dryRun: z.boolean().default(false).describe('check only; change nothing'),
})

export const importError = z.object({ row: z.number().describe('line in the file'), column: z.string().nullable(), code: z.string(), message: z.string(), message_lo: z.string() })
export const importResult = z.object({ dryRun: z.boolean(), created: z.array(z.string()), updated: z.array(z.string()), moved: z.array(z.string()), unchanged: z.array(z.string()) })
