import { sql, type Transaction } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { OrgUnitsFile } from './package-schema.js'
import { srcText } from './upsert.js'

/**
 * Org units are shared by all plans: upserted by code, parents before children. A unit changed in the app
 * (updated_at set: renamed, moved, closed) keeps the app's version; the plan file never undoes such an edit.
 */
export async function loadOrgUnits(trx: Transaction<DB>, file: OrgUnitsFile | undefined): Promise<number> {
  if (!file) return 0
  const byCode = new Map(file.units.map((u) => [u.code, u]))
  const depth = (code: string, seen = 0): number => {
    const p = byCode.get(code)?.parent
    return p && seen < 20 ? 1 + depth(p, seen + 1) : 0
  }
  const ordered = [...file.units].sort((a, b) => depth(a.code) - depth(b.code))
  for (const u of ordered) {
    const parent = u.parent ? await trx.selectFrom('org_units').select('id').where('code', '=', u.parent).executeTakeFirst() : undefined
    const values = {
      code: u.code,
      kind: u.kind,
      parent_id: parent?.id ?? null,
      path: '',
      name_lo: u.name.lo ?? u.name.en ?? u.code,
      name_en: u.name.en ?? null,
      abbr_lo: u.abbr?.lo ?? null,
      abbr_en: u.abbr?.en ?? null,
      iso_code: u.iso ?? null,
      is_reference: u.reference ?? false,
      src: srcText(u.src),
    }
    await trx.insertInto('org_units').values(values)
      .onConflict((oc) => oc.column('code').doUpdateSet({ ...values, path: undefined }).where('org_units.updated_at', 'is', null))
      .execute()
  }
  // Materialised paths from the parent pointers as they now stand (including units moved in the app).
  await sql`
    with recursive tree(id, path) as (
      select id, '/' || id from org_units where parent_id is null
      union all
      select u.id, t.path || '/' || u.id from org_units u join tree t on u.parent_id = t.id
    )
    update org_units set path = tree.path from tree where org_units.id = tree.id and org_units.path is distinct from tree.path`.execute(trx)
  return ordered.length
}
