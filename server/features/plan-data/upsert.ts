import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../../platform/db/schema.js'

type Row = Record<string, unknown>

/**
 * Insert-or-update by a natural key, in chunks (a statement holds at most 65,535 parameters).
 * Returns the rows' ids keyed by `keyCol` so children can refer to them.
 */
export async function upsertRows(
  trx: Kysely<DB> | Transaction<DB>,
  table: keyof DB,
  rows: Row[],
  conflict: string[],
  keyCol: string | null = 'code',
): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  if (!rows.length) return ids
  const cols = Object.keys(rows[0])
  const update = cols.filter((c) => !conflict.includes(c))
  const chunk = Math.max(1, Math.floor(60000 / cols.length))
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk)
    const q = (trx as Kysely<any>)
      .insertInto(table)
      .values(part)
      .onConflict((oc: any) => {
        const target = oc.columns(conflict)
        return update.length
          ? target.doUpdateSet(Object.fromEntries(update.map((c) => [c, (eb: any) => eb.ref(`excluded.${c}`)])))
          : target.doNothing()
      })
    if (!keyCol) {
      await q.execute()
    } else {
      const out = (await q.returning(['id', keyCol]).execute()) as Row[]
      for (const r of out) ids.set(String(r[keyCol]), Number(r.id))
    }
  }
  return ids
}

export function srcLine(src: string | number | undefined | null): number | null {
  if (src === undefined || src === null) return null
  return Number(String(src).split('-')[0])
}

export function srcText(src: string | number | undefined | null): string | null {
  return src === undefined || src === null ? null : String(src)
}
