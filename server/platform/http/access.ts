import type { FastifyInstance, RouteOptions } from 'fastify'

/**
 * Every route declares who may call it (`config.access`). A route without a declaration stops the server from
 * starting, so no endpoint is ever open by accident.
 */
export type Access = 'public' | { permission: string }

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
    for (const m of methods) if (m !== 'HEAD') declaredRoutes.push({ method: m, url: route.url, access })
  })
}
