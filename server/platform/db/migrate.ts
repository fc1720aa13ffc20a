import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Kysely } from 'kysely'
import { Migrator, type Migration, type MigrationProvider } from 'kysely/migration'

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations')

// Forward-only: migrations are named by timestamp and never edited once landed; there is no `down`.
class FolderProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    const files = (await fs.readdir(dir)).filter((f) => /^\d{8}_\d{4}_.+\.ts$/.test(f) && !f.endsWith('.test.ts')).sort()
    const out: Record<string, Migration> = {}
    for (const f of files) out[f.replace(/\.ts$/, '')] = await import(path.join(dir, f))
    return out
  }
}

export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: new FolderProvider(), migrationTableName: 'schema_migrations', migrationLockTableName: 'schema_migrations_lock' })
  const { error, results } = await migrator.migrateToLatest()
  if (error) throw error
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}
