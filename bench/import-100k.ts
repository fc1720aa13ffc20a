/**
 * Importing 100,000 values: one XLSX report (2,000 demo elements × 50 age groups) uploaded through the real app
 * (app.inject: access check, size guard, ZIP checks, exceljs parsing, validation, save, audit), on PGlite and on
 * PostgreSQL (database tidtam_bench_import, dropped and re-created; never `postgres`).
 *
 *   npm run bench:import                 # both databases
 *   npm run bench:import -- --pglite     # or --postgres; --elements N --options N to change the size
 *
 * Each database runs in its own child process, so its peak memory is its own. Also timed: the same file again (every
 * value an update), the 100,000-row template download, and the refusal of a ~1 MB zip bomb.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { argValue, openBenchDatabase, recreateBenchDatabase, type BenchTarget } from './bench-database.js'
import { createDemoImportForm, DEMO_FORM, filledDemoTemplate } from './demo-import-form.js'
import { writeTemplateXlsx } from '../server/features/values-io/write-template-xlsx.js'
import { zipBomb } from '../server/features/values-io/build-test-zip.js'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const argv = process.argv.slice(2)
const elements = argValue(argv, 'elements', 2000)
const options = argValue(argv, 'options', 50)
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
const peakRss = () => process.resourceUsage().maxRSS * 1024

type Result = Record<string, number | string>

async function runChild(kind: BenchTarget['kind'], file: string): Promise<void> {
  const { createApp } = await import('../server/platform/http/create-app.js')
  const { makeUser, signIn } = await import('../server/test-support/auth-helpers.js')
  const target: BenchTarget = kind === 'pglite'
    ? { kind, dir: fs.mkdtempSync(path.join(os.tmpdir(), 'tidtam-bench-import-')) }
    : { kind, url: process.env.BENCH_IMPORT_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/tidtam_bench_import' }
  await recreateBenchDatabase(target)
  const database = await openBenchDatabase(target)
  try {
    await createDemoImportForm(database.db, elements, options)
    await makeUser(database.db, 'demo-reporter', [{ role: 'reporter', unit: DEMO_FORM.unit }])
    const app = await createApp({ db: database.db, dbKind: database.kind, logLevel: 'silent' })
    await app.ready()
    const reporter = await signIn(app, 'demo-reporter')
    const url = `/api/v1/plans/${DEMO_FORM.plan}/reports/${DEMO_FORM.dataSet}/${DEMO_FORM.unit}/${DEMO_FORM.period}`
    const content = fs.readFileSync(file)
    const rssBefore = process.memoryUsage().rss

    const importOnce = async () => {
      const started = performance.now()
      const cpu = process.cpuUsage()
      const server = await serverCpu(database.db, kind)
      const res = await reporter.request('POST', `${url}/import?name=demo-100k.xlsx`, content, { headers: { 'content-type': XLSX } })
      if (res.statusCode !== 200) throw new Error(`import failed: ${res.statusCode} ${res.body.slice(0, 500)}`)
      const used = process.cpuUsage(cpu)
      const serverMs = cpuDelta(server, await serverCpu(database.db, kind))
      return { wallMs: Math.round(performance.now() - started), cpuMs: Math.round((used.user + used.system) / 1000), serverMs, ...res.json() }
    }
    const first = await importOnce()
    const importPeak = peakRss()
    const again = await importOnce()

    let started = performance.now()
    const template = await reporter.request('GET', `${url}/template.xlsx`)
    const templateMs = Math.round(performance.now() - started)
    const bombFile = zipBomb(900)
    started = performance.now()
    const bomb = await reporter.request('POST', `${url}/import`, bombFile, { headers: { 'content-type': XLSX } })
    const bombMs = performance.now() - started
    const result: Result = {
      database: kind, values: first.values.saved, rows: first.rowsRead, file: mb(content.length), unpacked: mb(first.file.unpackedBytes),
      parseMs: first.timing.parseMs, validateMs: first.timing.validateMs, saveMs: first.timing.saveMs, totalMs: first.timing.totalMs, wallMs: first.wallMs, appCpuMs: first.cpuMs, pgServerCpuMs: first.serverMs,
      rssBeforeMb: Math.round(rssBefore / 1048576), peakRssMb: Math.round(importPeak / 1048576),
      updateTotalMs: again.timing.totalMs, updateSaveMs: again.timing.saveMs, updateCpuMs: again.cpuMs + (Number(again.serverMs) || 0),
      templateMs, templateFile: mb(template.rawPayload.length), bombStatus: bomb.statusCode, bombMs: bombMs.toFixed(1),
    }
    process.stdout.write(`RESULT ${JSON.stringify(result)}\n`)
    await app.close()
  } finally {
    await database.close()
    if (target.kind === 'pglite') fs.rmSync(target.dir, { recursive: true, force: true })
    else await dropBenchDatabase(target.url)
  }
}

/**
 * CPU seconds the PostgreSQL backends of this database have used so far, by process (read from /proc: the machine
 * may be shared, so wall time alone overstates the work). PGlite runs inside the app, whose own CPU time covers it.
 */
async function serverCpu(db: import('kysely').Kysely<import('../server/platform/db/schema.js').DB>, kind: BenchTarget['kind']): Promise<Map<number, number> | null> {
  if (kind !== 'postgres') return null
  const { sql } = await import('kysely')
  const pids = (await sql<{ pid: number }>`select pid from pg_stat_activity where datname = current_database()`.execute(db)).rows.map((r) => r.pid)
  const out = new Map<number, number>()
  for (const pid of pids) {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
      out.set(pid, (Number(fields[11]) + Number(fields[12])) * 10)
    } catch {
      return null
    }
  }
  return out
}

function cpuDelta(before: Map<number, number> | null, after: Map<number, number> | null): number | string {
  if (!before || !after) return 'n/a'
  let ms = 0
  for (const [pid, t] of after) ms += t - (before.get(pid) ?? 0)
  return ms
}

async function dropBenchDatabase(url: string) {
  const pg = (await import('pg')).default
  const u = new URL(url)
  const name = u.pathname.slice(1)
  u.pathname = '/postgres'
  const admin = new pg.Client({ connectionString: u.toString() })
  await admin.connect()
  await admin.query(`drop database if exists ${name} with (force)`)
  await admin.end()
}

async function main() {
  const child = argv.indexOf('--child')
  if (child >= 0) return runChild(argv[child + 1] as BenchTarget['kind'], argv[child + 2])

  const kinds = (['pglite', 'postgres'] as const).filter((k) => !argv.includes('--pglite') && !argv.includes('--postgres') ? true : argv.includes(`--${k}`))
  console.log(`load average at the start: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} (${os.cpus().length} cores)`)
  let started = performance.now()
  const file = path.join(os.tmpdir(), `tidtam-bench-import-${process.pid}.xlsx`)
  fs.writeFileSync(file, await writeTemplateXlsx(filledDemoTemplate(elements, options, (i, j) => (i * 31 + j * 7) % 5000)))
  console.log(`${(elements * options).toLocaleString('en-US')} values: ${elements} elements × ${options} options → ${mb(fs.statSync(file).size)} XLSX, written in ${Math.round(performance.now() - started)} ms`)
  const results: Result[] = []
  try {
    for (const kind of kinds) {
      started = performance.now()
      const run = spawnSync(process.execPath, [...process.execArgv, process.argv[1], '--elements', String(elements), '--options', String(options), '--child', kind, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
      const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '))
      if (run.status !== 0 || !line) throw new Error(`${kind} run failed (exit ${run.status}):\n${run.stderr.slice(-3000)}`)
      results.push(JSON.parse(line.slice(7)))
      console.log(`${kind}: done in ${Math.round((performance.now() - started) / 1000)} s`)
    }
  } finally {
    fs.rmSync(file, { force: true })
  }
  console.table(results)
  console.log(`load average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} (${os.cpus().length} cores)`)
}

await main()
