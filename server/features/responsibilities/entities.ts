import type { Kysely, SelectQueryBuilder } from 'kysely'
import type { DB } from '../../platform/db/schema.js'

/** What a unit can answer for, as the API names it and as the database stores it. */
export const ENTITY_TYPES = { node: 'framework_node', target: 'target', indicator: 'indicator', dataElement: 'data_element', project: 'project' } as const
export type EntityType = keyof typeof ENTITY_TYPES
export const ENTITY_TYPE_KEYS = Object.keys(ENTITY_TYPES) as EntityType[]
const API_TYPE = Object.fromEntries(Object.entries(ENTITY_TYPES).map(([k, v]) => [v, k])) as Record<string, EntityType>
export const apiType = (dbType: string): EntityType => API_TYPE[dbType]

export type EntityInfo = { id: number; code: string; plan: string | null; kind: string | null; name: { lo: string | null; en: string | null } }

type Row = { id: number; code: string; plan: string | null; kind: string | null; lo: string | null; en: string | null }
type Query = SelectQueryBuilder<any, any, Row>

// One query shape per table (aliases e = the item, p = its plan); table and column names come from this code only.
function base(db: Kysely<DB>, type: EntityType): Query {
  return select(db, type) as unknown as Query
}

function select(db: Kysely<DB>, type: EntityType) {
  switch (type) {
    case 'node':
      return db.selectFrom('framework_nodes as e').innerJoin('plans as p', 'p.id', 'e.plan_id').select(['e.id', 'e.code', 'p.code as plan', 'e.kind', 'e.name_lo as lo', 'e.name_en as en'])
    case 'target':
      return db.selectFrom('targets as e').innerJoin('plans as p', 'p.id', 'e.plan_id').select(['e.id', 'e.code', 'p.code as plan', 'e.kind', 'e.text_lo as lo', 'e.text_en as en'])
    case 'indicator':
      return db.selectFrom('indicators as e').innerJoin('plans as p', 'p.id', 'e.plan_id').select(['e.id', 'e.code', 'p.code as plan', 'e.unit_en as kind', 'e.name_lo as lo', 'e.name_en as en'])
    case 'dataElement':
      return db.selectFrom('data_elements as e').leftJoin('plans as p', 'p.id', 'e.plan_id').select(['e.id', 'e.code', 'p.code as plan', 'e.value_type as kind', 'e.name_lo as lo', 'e.name_en as en'])
    case 'project':
      return db.selectFrom('projects as e').innerJoin('plans as p', 'p.id', 'e.plan_id').select(['e.id', 'e.code', 'p.code as plan', 'e.funding_source as kind', 'e.name_lo as lo', 'e.name_en as en'])
  }
}

const present = (r: Row): EntityInfo => ({ id: r.id, code: r.code, plan: r.plan, kind: r.kind, name: { lo: r.lo, en: r.en } })

/** An item by its natural key; data elements may stand outside any plan. */
export async function findEntity(db: Kysely<DB>, type: EntityType, plan: string | undefined, code: string): Promise<EntityInfo | undefined> {
  let q = base(db, type).where('e.code', '=', code)
  if (plan !== undefined) q = q.where('p.code', '=', plan)
  const rows = await q.limit(2).execute()
  return rows.length === 1 ? present(rows[0]) : undefined
}

export async function describeEntities(db: Kysely<DB>, type: EntityType, ids: number[]): Promise<Map<number, EntityInfo>> {
  if (!ids.length) return new Map()
  const rows = await base(db, type).where('e.id', 'in', ids).execute()
  return new Map(rows.map((r) => [r.id, present(r)]))
}
