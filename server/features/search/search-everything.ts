import { sql, type Kysely } from 'kysely'
import { z } from 'zod'
import { normalizeLao } from '../../../common/lao-text.js'
import { escapeLike } from '../../../common/escape-like.js'
import type { DB } from '../../platform/db/schema.js'
import { bi } from '../plans/find-plan.js'

export const searchQuery = z.object({
  q: z.string().min(1).max(200),
  plan: z.string().max(60).optional(),
  type: z.enum(['node', 'target', 'project', 'indicator', 'legislation', 'series', 'finding', 'orgunit']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
})

/**
 * Substring search over normalised text: Lao is written without spaces between words, so a word is found inside a
 * run of text (ILIKE, served by the trigram index); ranking prefers titles that start with or closely match the query.
 */
export async function searchEverything(db: Kysely<DB>, params: z.infer<typeof searchQuery>) {
  const term = normalizeLao(params.q)
  if (!term) return { query: params.q, total: 0, results: [] }
  const words = term.split(' ').filter(Boolean).slice(0, 8)
  let q = db.selectFrom('search_documents as d').leftJoin('plans as p', 'p.id', 'd.plan_id')
  for (const w of words) q = q.where('d.norm', 'ilike', `%${escapeLike(w)}%`)
  if (params.plan) q = q.where('p.code', '=', params.plan)
  if (params.type) q = q.where('d.entity_type', '=', params.type)
  const rows = await q
    .select(['d.entity_type', 'd.entity_code', 'd.title_lo', 'd.title_en', 'd.src', 'p.code as plan_code', sql<number>`word_similarity(${term}, d.norm)`.as('score'), sql<number>`count(*) over ()`.as('total')])
    .orderBy(sql`position(${term} in d.norm) = 0`)
    .orderBy('score', 'desc')
    .orderBy('d.entity_type')
    .orderBy('d.entity_code')
    .limit(params.limit)
    .execute()
  return {
    query: params.q,
    total: rows.length ? Number(rows[0].total) : 0,
    results: rows.map((r) => ({ type: r.entity_type, code: r.entity_code, plan: r.plan_code, title: bi(r.title_lo, r.title_en), src: r.src })),
  }
}
