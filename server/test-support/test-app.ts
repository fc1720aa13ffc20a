import { createApp, type App } from '../platform/http/create-app.js'
import { loadPlanPackage } from '../features/plan-data/load-plan.js'
import { openTestDatabase, FIXTURE_PLAN } from './test-database.js'

/** The HTTP app over a fresh test database with the fixture plan loaded; requests go through app.inject. */
export async function openTestApp(planDir = FIXTURE_PLAN): Promise<{ app: App; close(): Promise<void> }> {
  const database = await openTestDatabase()
  await loadPlanPackage(database.db, planDir)
  const app = await createApp({ db: database.db, dbKind: database.kind, logLevel: 'silent' })
  await app.ready()
  return { app, close: async () => { await app.close(); await database.close() } }
}
