import path from 'node:path'
import { readConfig } from './platform/config.js'
import { openDatabase } from './platform/db/open-database.js'
import { migrateToLatest } from './platform/db/migrate.js'
import { readPlanPackage, PlanPackageError } from './features/plan-data/read-package.js'
import { listPlanPackages, loadPlanPackage } from './features/plan-data/load-plan.js'
import { detectFindings } from './features/plan-data/detect-findings.js'

const USAGE = `usage: npm run cli -- <command>
  plan:validate <folder>        check a plan package (file:line field: message for each problem)
  plan:load [folder] [--force]  load plan package(s) into the database (default: TIDTAM_PLAN_DIR)`

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
  console.error(USAGE)
  process.exitCode = 2
}

main(process.argv.slice(2)).catch((err) => {
  if (err instanceof PlanPackageError) {
    console.error(err.message)
    process.exit(1)
  }
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
