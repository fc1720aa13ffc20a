import path from 'node:path'
import { z } from 'zod'
import type { MailConfig } from './mail/mailer.js'
import { authConfigFromEnv, authEnvShape, oidcEnvComplete, type AuthConfig } from './auth/auth-config.js'

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  TIDTAM_DATA_DIR: z.string().default('.data/pglite'),
  TIDTAM_PLAN_DIR: z.string().default('data/plans'),
  TIDTAM_LOAD_PLANS: z.enum(['auto', 'never']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
  TIDTAM_TRUST_PROXY: z.string().default('loopback'),
  TIDTAM_SMTP_URL: z.string().url().optional(),
  TIDTAM_MAIL_FROM: z.string().default('ຕິດຕາມ tidtam <no-reply@localhost>'),
  TIDTAM_PUBLIC_URL: z.string().url().optional(),
  ...authEnvShape,
}).refine(oidcEnvComplete, { message: 'set all four TIDTAM_OIDC_* variables or none / ຕ້ອງຕັ້ງ TIDTAM_OIDC_* ທັງສີ່ ຫຼື ບໍ່ຕັ້ງເລີຍ', path: ['TIDTAM_OIDC_ISSUER'] })

export type Config = {
  port: number
  host: string
  databaseUrl?: string
  dataDir: string
  planDir: string
  loadPlans: 'auto' | 'never'
  logLevel: string
  /** Fastify's trustProxy: which peers may tell us the client's address and protocol (X-Forwarded-*). */
  trustProxy: boolean | string | number
  auth: AuthConfig
  mail: MailConfig
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new Error(`Invalid configuration / ການຕັ້ງຄ່າບໍ່ຖືກຕ້ອງ:\n${lines.join('\n')}`)
  }
  const e = parsed.data
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.TIDTAM_DATA_DIR),
    planDir: path.resolve(e.TIDTAM_PLAN_DIR),
    loadPlans: e.TIDTAM_LOAD_PLANS,
    logLevel: e.LOG_LEVEL,
    trustProxy: parseTrustProxy(e.TIDTAM_TRUST_PROXY),
    auth: authConfigFromEnv(e),
    mail: { smtpUrl: e.TIDTAM_SMTP_URL, from: e.TIDTAM_MAIL_FROM, publicUrl: e.TIDTAM_PUBLIC_URL },
  }
}

function parseTrustProxy(v: string): boolean | string | number {
  if (v === 'true' || v === 'false') return v === 'true'
  return /^\d+$/.test(v) ? Number(v) : v // a hop count, or addresses/CIDRs/presets such as "loopback"
}
