import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { notFound } from '../../platform/http/errors.js'

export async function findPlanId(db: Kysely<DB>, code: string): Promise<number> {
  const row = await db.selectFrom('plans').select('id').where('code', '=', code).executeTakeFirst()
  if (!row) throw notFound('plan', code)
  return row.id
}

export const num = (v: string | number | null | undefined): number | null => (v === null || v === undefined ? null : Number(v))
export const bi = (lo: string | null | undefined, en: string | null | undefined) => ({ lo: lo ?? null, en: en ?? null })
