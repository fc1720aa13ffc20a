import type { Transaction } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { OrgUnitsFile } from './package-schema.js'
import { srcText } from './upsert.js'

/** Org units are shared by all plans: upsert by code, parents before children, materialised path. */
export async function loadOrgUnits(trx: Transaction<DB>, file: OrgUnitsFile | undefined): Promise<number> {
  if (!file) return 0
  const byCode = new Map(file.units.map((u) => [u.code, u]))
  const depth = (code: string, seen = 0): number => {
    const p = byCode.get(code)?.parent
    return p && seen < 20 ? 1 + depth(p, seen + 1) : 0
  }
  const ordered = [...file.units].sort((a, b) => depth(a.code) - depth(b.code))
  const ids = new Map<string, { id: number; path: string }>()
  for (const u of ordered) {
    const parent = u.parent ? ids.get(u.parent) ?? null : null
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
    const row = await trx
      .insertInto('org_units')
      .values(values)
      .onConflict((oc) => oc.column('code').doUpdateSet({ ...values, path: undefined }))
      .returning(['id'])
      .executeTakeFirstOrThrow()
    const path = `${parent ? parent.path : ''}/${row.id}`
    await trx.updateTable('org_units').set({ path }).where('id', '=', row.id).where('path', '<>', path).execute()
    ids.set(u.code, { id: row.id, path })
  }
  return ordered.length
}
