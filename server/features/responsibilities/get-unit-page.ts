import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { findOrgUnit, presentOrgUnit, selectOrgUnits } from '../orgunits/index.js'
import { describeEntities } from './entities.js'
import { presentAssignments, selectAssignments } from './present-assignments.js'
import type { AssignmentView } from './responsibilities.schemas.js'

const GROUPS = { node: 'nodes', target: 'targets', indicator: 'indicators', dataElement: 'dataElements', project: 'projects' } as const

/**
 * A unit's page: the unit, where it sits, its sub-units, and everything it answers for — the assignments made in the
 * app (unpublished; the route checks the caller's scope) and the projects the plan document names it for.
 */
export async function getUnitPage(db: Kysely<DB>, code: string) {
  const unit = await findOrgUnit(db, code)
  const ancestorIds = unit.path.split('/').filter(Boolean).map(Number).filter((id) => id !== unit.id)
  const ancestors = ancestorIds.length ? await db.selectFrom('org_units').select(['id', 'code', 'name_lo', 'name_en']).where('id', 'in', ancestorIds).execute() : []
  const byId = new Map(ancestors.map((a) => [a.id, a]))
  const children = await selectOrgUnits(db).where('u.parent_id', '=', unit.id).orderBy('u.code').execute()
  const rows = await selectAssignments(db).where('r.org_unit_id', '=', unit.id).orderBy('r.entity_type').orderBy('r.id').execute()
  const groups = { nodes: [], targets: [], indicators: [], dataElements: [], projects: [] } as Record<(typeof GROUPS)[keyof typeof GROUPS], Omit<AssignmentView, 'unit'>[]>
  for (const a of await presentAssignments(db, rows)) {
    const { unit: _unit, ...rest } = a
    groups[GROUPS[a.item.type as keyof typeof GROUPS]].push(rest)
  }
  const planProjectIds = (await db.selectFrom('projects').select('id').where('responsible_org_unit_id', '=', unit.id).orderBy('id').execute()).map((p) => p.id)
  const planProjects = await describeEntities(db, 'project', planProjectIds)
  return {
    unit: presentOrgUnit((await selectOrgUnits(db).where('u.id', '=', unit.id).executeTakeFirstOrThrow())),
    breadcrumb: ancestorIds.map((id) => byId.get(id)).filter((a) => !!a).map((a) => ({ code: a!.code, name: { lo: a!.name_lo, en: a!.name_en } })),
    children: children.map(presentOrgUnit),
    responsibilities: groups,
    planProjects: planProjectIds.map((id) => planProjects.get(id)).filter((p) => !!p).map((p) => ({ type: 'project', ...p! })),
  }
}
