import { z } from 'zod'
import { ENTITY_TYPE_KEYS } from './entities.js'
import { orgUnitView } from '../orgunits/index.js'

const bilingual = z.object({ lo: z.string().nullable(), en: z.string().nullable() })
const entityType = z.enum(ENTITY_TYPE_KEYS as [string, ...string[]])
const unitCode = z.string().min(1).max(60)

export const assignmentInput = z.strictObject({
  unit: unitCode.describe('the responsible org unit'),
  type: entityType,
  plan: z.string().min(1).max(60).optional().describe('plan code (data elements may have none)'),
  code: z.string().min(1).max(80),
  role: z.enum(['lead', 'support']).default('lead'),
})
export type AssignmentInput = z.infer<typeof assignmentInput>
export const assignBody = z.strictObject({ assignments: z.array(assignmentInput).min(1).max(1000) })

export const itemView = z.object({ type: entityType, id: z.number(), code: z.string(), plan: z.string().nullable(), kind: z.string().nullable(), name: bilingual })
export const assignmentView = z.object({
  id: z.number(),
  role: z.enum(['lead', 'support']),
  unit: z.object({ code: z.string(), name: bilingual }),
  item: itemView,
  assignedAt: z.string(),
})
export type AssignmentView = z.infer<typeof assignmentView>

export const assignResult = z.object({ assigned: z.array(assignmentView), unchanged: z.number() })
export const assignmentParams = z.strictObject({ assignmentId: z.coerce.number().int().positive() })

export const listAssignmentsQuery = z.strictObject({
  type: entityType.optional(),
  plan: z.string().max(60).optional(),
  code: z.string().max(80).optional(),
  unit: unitCode.optional().describe('this unit and its sub-units'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
})
export const assignmentPage = z.object({ items: z.array(assignmentView), total: z.number(), page: z.number(), pageSize: z.number() })

const group = z.array(assignmentView.omit({ unit: true }))
export const unitPage = z.object({
  unit: orgUnitView,
  breadcrumb: z.array(z.object({ code: z.string(), name: bilingual })),
  children: z.array(orgUnitView),
  responsibilities: z.object({ nodes: group, targets: group, indicators: group, dataElements: group, projects: group }),
  planProjects: z.array(itemView).describe('projects the plan document itself names this unit responsible for (published)'),
})
