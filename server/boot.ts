import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Config } from './platform/config.js'
import { openDatabase, type Database } from './platform/db/open-database.js'
import { migrateToLatest } from './platform/db/migrate.js'
import { listPlanPackages, loadPlanPackage, type LoadResult } from './features/plan-data/load-plan.js'
import { createApp, type App } from './platform/http/create-app.js'
import { ensureAnalyticsCurrent } from './features/analytics/ensure-analytics-current.js'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export type Booted = { app: App; database: Database; loaded: LoadResult[]; close(): Promise<void> }

/** Opens the database, migrates it, loads the plan packages that changed, and builds the HTTP app. */
export async function boot(config: Config, log: (msg: string) => void = () => {}): Promise<Booted> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })
  try {
    const applied = await migrateToLatest(database.db)
    if (applied.length) log(`database: applied ${applied.length} migration(s)`)
    const loaded: LoadResult[] = []
    if (config.loadPlans === 'auto') {
      for (const dir of listPlanPackages(config.planDir)) {
        const r = await loadPlanPackage(database.db, dir, { onProgress: (step) => log(`plan ${path.basename(dir)}: ${step}…`) })
        loaded.push(r)
        log(r.status === 'unchanged' ? `plan ${r.code}: unchanged` : `plan ${r.code}: loaded (${Object.entries(r.counts).map(([k, v]) => `${v} ${k}`).join(', ')}; ${r.findings} findings)`)
      }
    }
    if (await ensureAnalyticsCurrent(database.db)) log('analytics: summaries rebuilt from the approved reports')
    const app = await createApp({ db: database.db, dbKind: database.kind, webDir: path.join(ROOT, 'dist', 'web'), logLevel: config.logLevel, auth: config.auth, trustProxy: config.trustProxy, mail: config.mail })
    return {
      app, database, loaded,
      async close() {
        await app.close()
        await database.close()
      },
    }
  } catch (err) {
    await database.close()
    throw err
  }
}
