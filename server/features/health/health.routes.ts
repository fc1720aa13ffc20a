import { sql } from 'kysely'
import { z } from 'zod'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import type { App } from '../../platform/http/create-app.js'

export async function healthRoutes(app: App) {
  app.withTypeProvider<ZodTypeProvider>().get('/api/health', {
    config: { access: 'public' },
    schema: { tags: ['system'], response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']), plans: z.number() }) } },
  }, async () => {
    const r = await sql<{ n: number }>`select count(*)::int as n from plans`.execute(app.deps.db)
    return { status: 'ok' as const, database: app.deps.dbKind, plans: Number(r.rows[0].n) }
  })
}
