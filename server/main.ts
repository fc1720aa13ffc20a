import { readConfig } from './platform/config.js'
import { DataDirLockedError } from './platform/db/data-dir-lock.js'
import { boot } from './boot.js'
import { ensureFirstAdmin } from './features/users/index.js'

const log = (msg: string) => process.stdout.write(`[tidtam] ${msg}\n`)

async function main() {
  const config = readConfig()
  log(config.databaseUrl ? 'database: PostgreSQL (DATABASE_URL)' : `database: embedded PGlite in ${config.dataDir}`)
  const booted = await boot(config, log)
  const firstAdmin = await ensureFirstAdmin(booted.database.db)
  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    log(`${signal}: closing the database cleanly…`)
    await booted.close()
    log('stopped.')
    process.exit(0)
  }
  process.on('SIGINT', () => void stop('SIGINT'))
  process.on('SIGTERM', () => void stop('SIGTERM'))
  const address = await booted.app.listen({ port: config.port, host: config.host })
  const url = address.replace('127.0.0.1', 'localhost')
  log('')
  log(`ຕິດຕາມ tidtam is running — open ${url}`)
  log(`  API documentation: ${url}/api/docs`)
  log('  Reading the plan needs no sign-in. Stop with Ctrl-C.')
  if (firstAdmin) {
    // Shown this once only: the database keeps just its hash, and it must be changed at the first sign-in.
    log('')
    log('First start: an administrator account was created / ສ້າງບັນຊີຜູ້ບໍລິຫານລະບົບແລ້ວ')
    log(`  username / ຊື່ຜູ້ໃຊ້:  ${firstAdmin.username}`)
    log(`  one-time password / ລະຫັດຜ່ານຊົ່ວຄາວ:  ${firstAdmin.password}`)
    log('  It is shown only now; you must change it when you first sign in. / ສະແດງຄັ້ງດຽວ; ຕ້ອງປ່ຽນເມື່ອເຂົ້າລະບົບຄັ້ງທຳອິດ.')
  }
}

main().catch((err) => {
  if (err instanceof DataDirLockedError) {
    process.stderr.write(`[tidtam] ${err.message}\n`)
    process.exit(2)
  }
  process.stderr.write(`[tidtam] failed to start: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`)
  process.exit(1)
})
