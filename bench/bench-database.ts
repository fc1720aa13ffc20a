import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { openDatabase, type Database } from '../server/platform/db/open-database.js'
import { migrateToLatest } from '../server/platform/db/migrate.js'

/**
 * The benchmark's own database, never the one tests or CI use: PostgreSQL database `tidtam_bench` on the server of
 * BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/tidtam_bench), or with `--pglite` an embedded
 * database in .data/bench-pglite.
 */
export type BenchTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dir: string }

export function benchTarget(argv: string[]): BenchTarget {
  if (argv.includes('--pglite')) return { kind: 'pglite', dir: path.resolve(process.env.BENCH_PGLITE_DIR ?? '.data/bench-pglite') }
  const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/tidtam_bench'
  const name = new URL(url).pathname.slice(1)
  if (!/^tidtam_bench\w*$/.test(name)) throw new Error(`The benchmark only uses databases named tidtam_bench…, not "${name}"`)
  return { kind: 'postgres', url }
}

/** Drops and re-creates the benchmark database (generation starts from nothing). */
export async function recreateBenchDatabase(target: BenchTarget): Promise<void> {
  if (target.kind === 'pglite') {
    fs.rmSync(target.dir, { recursive: true, force: true })
    fs.mkdirSync(target.dir, { recursive: true })
    return
  }
  const u = new URL(target.url)
  const name = u.pathname.slice(1)
  u.pathname = '/postgres'
  const admin = new pg.Client({ connectionString: u.toString() })
  await admin.connect()
  await admin.query(`drop database if exists ${name} with (force)`)
  await admin.query(`create database ${name}`)
  await admin.end()
}

export async function openBenchDatabase(target: BenchTarget): Promise<Database> {
  const database = target.kind === 'pglite' ? await openDatabase({ dataDir: target.dir }) : await openDatabase({ databaseUrl: target.url, dataDir: '' })
  await migrateToLatest(database.db)
  return database
}

export function argValue(argv: string[], name: string, fallback: number): number {
  const i = argv.indexOf(`--${name}`)
  return i >= 0 ? Number(argv[i + 1]) : fallback
}

export const seconds = (fromMs: number) => ((performance.now() - fromMs) / 1000).toFixed(1)
