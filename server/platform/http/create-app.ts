import type { MailConfig } from '../mail/mailer.js'
import fs from 'node:fs'
import path from 'node:path'
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify'
import fastifySwagger from '@fastify/swagger'
import fastifySwaggerUi from '@fastify/swagger-ui'
import fastifyStatic from '@fastify/static'
import fastifyCookie from '@fastify/cookie'
import fastifyHelmet from '@fastify/helmet'
import fastifyRateLimit from '@fastify/rate-limit'
import fastifyCompress from '@fastify/compress'
import { serializerCompiler, validatorCompiler, jsonSchemaTransform, hasZodFastifySchemaValidationErrors, type ZodTypeProvider } from 'fastify-type-provider-zod'
import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { AppError } from './errors.js'
import { requireDeclaredAccess } from './access.js'
import { defaultAuthConfig, type AuthConfig } from '../auth/auth-config.js'
import { authenticateRequests } from '../auth/authenticate.js'
import { enforceDeclaredAccess } from '../auth/enforce-access.js'
import { databaseRateLimitStore } from '../auth/db-rate-limit-store.js'
import { registerFeatures } from '../../features/index.js'

export type AppDeps = {
  db: Kysely<DB>
  dbKind: 'pglite' | 'postgres'
  webDir?: string
  logLevel?: string
  auth?: Partial<AuthConfig>
  /** Which peers may set X-Forwarded-For/-Proto (the client address feeds rate limits and the audit log). */
  trustProxy?: boolean | string | number
  /** SMTP settings; without them notifications stay in the app. */
  mail?: MailConfig
}

/**
 * Fills in the web app's index.html for one reader (a page's first screen drawn on the server, so a slow line shows
 * it before the app's code arrives); null when the URL is not its page or the reader may not see it.
 */
export type PageRenderer = (req: FastifyRequest, indexHtml: string) => Promise<string | null>

declare module 'fastify' {
  interface FastifyInstance {
    deps: AppDeps & { auth: AuthConfig }
    /** Features add theirs while registering; the web app's fallback route asks each in turn. */
    pageRenderers: PageRenderer[]
  }
}

export type App = FastifyInstance

/**
 * The browser may load code, styles, images and fonts from this server only; no inline scripts, no framing.
 * style-src allows 'unsafe-inline' because Mantine writes its CSS variables into <style> elements at run time.
 */
function contentSecurityPolicy(auth: AuthConfig) {
  return {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      scriptSrcAttr: ["'none'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      // Only when the deployment says it is HTTPS: on a plain-HTTP LAN install it would break every asset.
      ...(auth.cookieSecure === true ? { upgradeInsecureRequests: [] } : {}),
    },
  }
}

const tooManyRequests = () => new AppError(429, 'too_many_requests', 'Too many sign-in attempts; wait a minute and try again', 'ພະຍາຍາມເຂົ້າລະບົບຫຼາຍເກີນໄປ, ກະລຸນາລໍຖ້າ ແລ້ວລອງໃໝ່')

export async function createApp(deps: AppDeps): Promise<App> {
  const auth: AuthConfig = { ...defaultAuthConfig, ...deps.auth }
  const app = Fastify({ logger: { level: deps.logLevel ?? 'warn' }, trustProxy: (deps.trustProxy ?? 'loopback') as boolean | string }).withTypeProvider<ZodTypeProvider>()
  app.decorate('deps', { ...deps, auth })
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
  app.setNotFoundHandler((_req, reply) => reply.status(404).send({ error: { code: 'not_found', message: 'No such endpoint', message_lo: 'ບໍ່ມີບໍລິການນີ້' } }))

  await app.register(fastifyHelmet, { contentSecurityPolicy: contentSecurityPolicy(auth), frameguard: { action: 'deny' }, crossOriginEmbedderPolicy: false })
  await app.register(fastifyCookie)
  // Provincial offices are on slow links: JSON answers (the tree is ~120 KB) go out compressed.
  await app.register(fastifyCompress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] })
  await app.register(fastifyRateLimit, { global: false, store: databaseRateLimitStore(deps.db), errorResponseBuilder: () => tooManyRequests() })

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'tidtam API', description: 'ຕິດຕາມ — plan monitoring and evaluation', version: '1' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'tidtam_session' }, csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' } } },
    },
    transform: jsonSchemaTransform,
  })
  // Plugins' own routes (API documentation, the web app's files) are public and registered before the access check.
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' })
  const webDir = deps.webDir
  const hasWeb = !!webDir && fs.existsSync(path.join(webDir, 'index.html'))
  // Files under /assets/ carry a content hash in their name: a browser keeps them for a year without asking again, so
  // a returning reader on a slow line downloads only index.html and the data (index.html itself is always revalidated).
  const immutableAsset = (reply: { header(k: string, v: string): unknown }, file: string) => {
    if (/[\\/]assets[\\/][^\\/]+-[\w-]{8}\.\w+(\.br|\.gz)?$/.test(file)) reply.header('cache-control', 'public, max-age=31536000, immutable')
  }
  if (hasWeb) await app.register(fastifyStatic, { root: webDir!, prefix: '/', wildcard: false, preCompressed: true, index: false, setHeaders: immutableAsset })
  requireDeclaredAccess(app)
  authenticateRequests(app, deps.db, auth)
  enforceDeclaredAccess(app, deps.db)
  app.decorate('pageRenderers', [] as PageRenderer[])
  await registerFeatures(app)

  if (hasWeb) {
    const indexHtml = fs.readFileSync(path.join(webDir!, 'index.html'), 'utf8')
    app.get('/*', { config: { access: 'public' }, schema: { hide: true } }, async (req, reply) => {
      if (req.url.startsWith('/api/')) return reply.status(404).send({ error: { code: 'not_found', message: 'No such endpoint', message_lo: 'ບໍ່ມີບໍລິການນີ້' } })
      for (const render of app.pageRenderers) {
        const html = await render(req, indexHtml)
        // Drawn for this reader's session: no cache may keep it or hand it to another cookie.
        if (html !== null) return reply.header('cache-control', 'private, no-store').header('vary', 'cookie').type('text/html; charset=utf-8').send(html)
      }
      return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false })
    })
  }
  return app
}
