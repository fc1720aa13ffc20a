import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify'
import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import type { Permission, Subject } from '../auth/policy.js'

/**
 * Every route declares who may call it (`config.access`). A route without a declaration stops the server from
 * starting, so no endpoint is ever open by accident.
 *
 * - 'public': anyone, signed in or not (published data only).
 * - 'authenticated': any signed-in user (their own account and sessions).
 * - { permission, unitFrom }: a user holding `permission` over the subject's org unit (server/platform/auth/policy.ts).
 *   `unitFrom` says where the subject's unit comes from; without it, holding the permission anywhere is enough and
 *   the operation narrows what it reads or checks each unit it writes.
 */
export type Access = 'public' | 'authenticated' | { permission: Permission; unitFrom?: UnitFrom }

/**
 * Finds the units a request is about, from the database (a record's unit is re-derived from the record, never taken
 * from the client). `undefined` means the record does not exist (404).
 */
export type UnitResolver = (req: FastifyRequest, db: Kysely<DB>) => Promise<Subject | undefined>

/** 'params.unit' / 'body.unit' / 'body.parent': an org-unit code (absent parent: the whole system). */
export type UnitFrom = 'params.unit' | 'body.unit' | 'body.parent' | 'system' | UnitResolver

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access
  }
}

export const declaredRoutes: { method: string; url: string; access: Access }[] = []

export function requireDeclaredAccess(app: FastifyInstance): void {
  app.addHook('onRoute', (route: RouteOptions) => {
    const access = (route.config as { access?: Access } | undefined)?.access
    const methods = ([] as string[]).concat(route.method as string | string[])
    if (methods.every((m) => m === 'HEAD')) return
    if (!access) throw new Error(`Route ${methods.join(',')} ${route.url} does not declare config.access`)
    if (access === 'public' && methods.some((m) => !['GET', 'HEAD'].includes(m)) && !route.url.startsWith('/api/v1/auth/')) {
      throw new Error(`Route ${methods.join(',')} ${route.url} writes but is declared public`)
    }
    for (const m of methods) if (m !== 'HEAD') declaredRoutes.push({ method: m, url: route.url, access })
  })
}
