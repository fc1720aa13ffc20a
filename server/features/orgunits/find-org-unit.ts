import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { orgUnitNotFound } from './org-unit-errors.js'

export async function findOrgUnit(db: Kysely<DB>, code: string) {
  const row = await db.selectFrom('org_units').selectAll().where('code', '=', code).executeTakeFirst()
  if (!row) throw orgUnitNotFound(code)
  return row
}

export type OrgUnitRow = Awaited<ReturnType<typeof findOrgUnit>>
