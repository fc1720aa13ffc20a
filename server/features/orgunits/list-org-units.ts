import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { bi } from '../plans/find-plan.js'

export async function listOrgUnits(db: Kysely<DB>) {
  const rows = await db.selectFrom('org_units as u').leftJoin('org_units as p', 'p.id', 'u.parent_id')
    .select(['u.code', 'u.kind', 'u.name_lo', 'u.name_en', 'u.abbr_lo', 'u.abbr_en', 'u.iso_code', 'u.is_reference', 'u.src', 'u.path', 'u.closed_at', 'p.code as parent_code'])
    .orderBy('u.path').execute()
  return rows.map((u) => ({ code: u.code, kind: u.kind, parentCode: u.parent_code, name: bi(u.name_lo, u.name_en), abbr: bi(u.abbr_lo, u.abbr_en), iso: u.iso_code, reference: u.is_reference, src: u.src, closed: u.closed_at !== null }))
}
