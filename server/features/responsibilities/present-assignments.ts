import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { apiType, describeEntities, type EntityType } from './entities.js'
import type { AssignmentView } from './responsibilities.schemas.js'

export function selectAssignments(db: Kysely<DB>) {
  return db.selectFrom('responsibilities as r').innerJoin('org_units as u', 'u.id', 'r.org_unit_id')
    .select(['r.id', 'r.role', 'r.entity_type', 'r.entity_id', 'r.created_at', 'u.code as unit_code', 'u.name_lo as unit_lo', 'u.name_en as unit_en', 'u.path as unit_path'])
}

type Row = { id: number; role: string; entity_type: string; entity_id: number; created_at: Date; unit_code: string; unit_lo: string; unit_en: string | null }

/** Assignment rows with their unit and item described (items are fetched per type, one query each). */
export async function presentAssignments(db: Kysely<DB>, rows: Row[]): Promise<AssignmentView[]> {
  const byType = new Map<EntityType, number[]>()
  for (const r of rows) byType.set(apiType(r.entity_type), [...(byType.get(apiType(r.entity_type)) ?? []), r.entity_id])
  const described = new Map<string, Awaited<ReturnType<typeof describeEntities>>>()
  for (const [type, ids] of byType) described.set(type, await describeEntities(db, type, [...new Set(ids)]))
  return rows.flatMap((r) => {
    const type = apiType(r.entity_type)
    const item = described.get(type)?.get(r.entity_id)
    if (!item) return []
    return [{
      id: r.id, role: r.role as 'lead' | 'support', unit: { code: r.unit_code, name: { lo: r.unit_lo, en: r.unit_en } },
      item: { type, ...item }, assignedAt: r.created_at.toISOString(),
    }]
  })
}
