import path from 'node:path'
import { readConfig } from './platform/config.js'
import { openDatabase } from './platform/db/open-database.js'
import { migrateToLatest } from './platform/db/migrate.js'
import { readPlanPackage, PlanPackageError } from './features/plan-data/read-package.js'
import { listPlanPackages, loadPlanPackage } from './features/plan-data/load-plan.js'
import { detectFindings } from './features/plan-data/detect-findings.js'
import { verifyAuditChain } from './platform/audit/verify-audit-chain.js'
import { createAdmin, resetPasswordFromCli } from './features/users/index.js'
import type { Database } from './platform/db/open-database.js'
import { AppError } from './platform/http/errors.js'

const USAGE = `usage: npm run cli -- <command>
  plan:validate <folder>        check a plan package (file:line field: message for each problem)
  plan:load [folder] [--force]  load plan package(s) into the database (default: TIDTAM_PLAN_DIR)
  audit:verify                  check the audit log's hash chain: prints OK, or the first broken entry and exits 1
  user:create-admin <username>  create a system-wide administrator; prints a one-time password once
  user:reset-password <username> give a user a new one-time password (unlocks, ends their sessions)`

async function main(argv: string[]) {
  const [cmd, ...rest] = argv
  const force = rest.includes('--force')
  const args = rest.filter((a) => !a.startsWith('--'))
  const config = readConfig()
  if (cmd === 'plan:validate') {
    const dirs = args.length ? args.map((a) => path.resolve(a)) : listPlanPackages(config.planDir)
    for (const dir of dirs) {
      const pkg = readPlanPackage(dir)
      const findings = detectFindings(pkg)
      console.log(`${dir}: valid — ${pkg.framework.nodes?.length ?? 0} nodes, ${pkg.framework.targets?.length ?? 0} targets, ${findings.length} findings about the document`)
    }
    return
  }
  if (cmd === 'plan:load') {
    const dirs = args.length ? args.map((a) => path.resolve(a)) : listPlanPackages(config.planDir)
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })
    try {
      await migrateToLatest(database.db)
      for (const dir of dirs) {
        const r = await loadPlanPackage(database.db, dir, { force, onProgress: (s) => process.stdout.write(`  ${s}…\n`) })
        console.log(`${r.code}: ${r.status}${r.status === 'loaded' ? ` — ${JSON.stringify(r.counts)}, ${r.findings} findings` : ''}`)
      }
    } finally {
      await database.close()
    }
    return
  }
  if (cmd === 'audit:verify') {
    await withDatabase(config, async (database) => {
      const v = await verifyAuditChain(database.db)
      if (v.ok) {
        console.log(`OK: ${v.entries} audit entries, hash chain intact`)
        return
      }
      console.log(`BROKEN at entry ${v.broken.seq}${v.broken.id !== null ? ` (id ${v.broken.id})` : ''}: ${v.broken.problem} — ${v.broken.detail}`)
      console.log(`ບັນທຶກການກວດສອບຖືກແກ້ໄຂ ຫຼື ຂາດຫາຍ ທີ່ລາຍການ ${v.broken.seq}`)
      process.exitCode = 1
    })
    return
  }
  if (cmd === 'user:create-admin' || cmd === 'user:reset-password') {
    if (args.length !== 1) {
      console.error(USAGE)
      process.exitCode = 2
      return
    }
    await withDatabase(config, async (database) => {
      const r = cmd === 'user:create-admin' ? await createAdmin(database.db, args[0]) : await resetPasswordFromCli(database.db, args[0])
      console.log(`${cmd === 'user:create-admin' ? 'Administrator created' : 'Password reset'}: ${r.username}`)
      console.log(`one-time password / ລະຫັດຜ່ານຊົ່ວຄາວ: ${r.password}`)
      console.log('It is shown only now and must be changed at the next sign-in. / ສະແດງຄັ້ງດຽວ; ຕ້ອງປ່ຽນເມື່ອເຂົ້າລະບົບ.')
    })
    return
  }
  console.error(USAGE)
  process.exitCode = 2
}

async function withDatabase(config: ReturnType<typeof readConfig>, work: (database: Database) => Promise<void>) {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })
  try {
    await migrateToLatest(database.db)
    await work(database)
  } finally {
    await database.close()
  }
}

main(process.argv.slice(2)).catch((err) => {
  if (err instanceof PlanPackageError) {
    console.error(err.message)
    process.exit(1)
  }
  if (err instanceof AppError) {
    console.error(`${err.messageEn}\n${err.messageLo}`)
    process.exit(1)
  }
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
