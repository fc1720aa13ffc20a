import fs from 'node:fs'
import path from 'node:path'
import Fastify, { type FastifyInstance } from 'fastify'
import fastifySwagger from '@fastify/swagger'
import fastifySwaggerUi from '@fastify/swagger-ui'
import fastifyStatic from '@fastify/static'
import { serializerCompiler, validatorCompiler, jsonSchemaTransform, hasZodFastifySchemaValidationErrors, type ZodTypeProvider } from 'fastify-type-provider-zod'
import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { AppError } from './errors.js'
import { requireDeclaredAccess } from './access.js'
import { registerFeatures } from '../../features/index.js'

export type AppDeps = { db: Kysely<DB>; dbKind: 'pglite' | 'postgres'; webDir?: string; logLevel?: string }

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps
  }
}

export type App = FastifyInstance

export async function createApp(deps: AppDeps): Promise<App> {
  const app = Fastify({ logger: { level: deps.logLevel ?? 'warn' }, trustProxy: true }).withTypeProvider<ZodTypeProvider>()
  app.decorate('deps', deps)
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  app.setErrorHandler((err, req, reply) => {
    if (err instanceof AppError) {
      return reply.status(err.status).send({ error: { code: err.code, message: err.messageEn, message_lo: err.messageLo, details: err.details } })
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      return reply.status(400).send({
        error: { code: 'invalid_request', message: 'The request is not valid', message_lo: 'ຄຳຮ້ອງຂໍບໍ່ຖືກຕ້ອງ', details: err.validation.map((v) => ({ field: v.instancePath, message: v.message })) },
      })
    }
    const status = (err as { statusCode?: number }).statusCode ?? 500
    if (status >= 500) req.log.error(err)
    return reply.status(status).send({ error: { code: status >= 500 ? 'internal' : 'bad_request', message: status >= 500 ? 'Internal error' : (err as Error).message, message_lo: status >= 500 ? 'ລະບົບຂັດຂ້ອງ' : 'ຄຳຮ້ອງຂໍບໍ່ຖືກຕ້ອງ' } })
  })

  await app.register(fastifySwagger, {
    openapi: { info: { title: 'tidtam API', description: 'ຕິດຕາມ — plan monitoring and evaluation', version: '1' } },
    transform: jsonSchemaTransform,
  })
  // Plugins' own routes (API documentation, the web app's files) are public and registered before the access check.
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' })
  const webDir = deps.webDir
  const hasWeb = !!webDir && fs.existsSync(path.join(webDir, 'index.html'))
  if (hasWeb) await app.register(fastifyStatic, { root: webDir!, prefix: '/', wildcard: false, preCompressed: true, index: false })
  requireDeclaredAccess(app)
  await registerFeatures(app)

  if (hasWeb) {
    app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, (req, reply) => {
      if (req.url.startsWith('/api/')) return reply.status(404).send({ error: { code: 'not_found', message: 'No such endpoint', message_lo: 'ບໍ່ມີບໍລິການນີ້' } })
      return reply.header('cache-control', 'no-cache').sendFile('index.html')
    })
  }
  return app
}
