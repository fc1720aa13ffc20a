import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { z } from 'zod'

const bilingual = z.object({ lo: z.string().nullable(), en: z.string().nullable() })

export const orgUnitView = z.object({
  code: z.string(),
  kind: z.string(),
  parentCode: z.string().nullable(),
  name: bilingual,
  abbr: bilingual,
  iso: z.string().nullable(),
  reference: z.boolean(),
  src: z.string().nullable(),
  closed: z.boolean(),
  closedAt: z.string().nullable(),
  published: z.boolean(),
})
export type OrgUnitView = z.infer<typeof orgUnitView>

type Row = {
  code: string; kind: string; parent_code: string | null; name_lo: string; name_en: string | null; abbr_lo: string | null; abbr_en: string | null
  iso_code: string | null; is_reference: boolean; src: string | null; closed_at: Date | null; published: boolean
}

export const presentOrgUnit = (u: Row): OrgUnitView => ({
  code: u.code, kind: u.kind, parentCode: u.parent_code, name: { lo: u.name_lo, en: u.name_en }, abbr: { lo: u.abbr_lo, en: u.abbr_en },
  iso: u.iso_code, reference: u.is_reference, src: u.src, closed: u.closed_at !== null, closedAt: u.closed_at?.toISOString() ?? null, published: u.published,
})

export function selectOrgUnits(db: Kysely<DB>) {
  return db.selectFrom('org_units as u').leftJoin('org_units as p', 'p.id', 'u.parent_id')
    .select(['u.id', 'u.code', 'u.kind', 'u.name_lo', 'u.name_en', 'u.abbr_lo', 'u.abbr_en', 'u.iso_code', 'u.is_reference', 'u.src', 'u.path', 'u.closed_at', 'u.published', 'p.code as parent_code'])
}

/** One unit as the API and the audit log show it. */
export async function presentOrgUnitByCode(db: Kysely<DB>, code: string): Promise<OrgUnitView> {
  return presentOrgUnit(await selectOrgUnits(db).where('u.code', '=', code).executeTakeFirstOrThrow())
}
