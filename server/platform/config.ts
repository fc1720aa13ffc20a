import path from 'node:path'
import { z } from 'zod'

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  TIDTAM_DATA_DIR: z.string().default('.data/pglite'),
  TIDTAM_PLAN_DIR: z.string().default('data/plans'),
  TIDTAM_LOAD_PLANS: z.enum(['auto', 'never']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
})

export type Config = {
  port: number
  host: string
  databaseUrl?: string
  dataDir: string
  planDir: string
  loadPlans: 'auto' | 'never'
  logLevel: string
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
  }
}
