import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openDatabase } from './platform/db/open-database.js'
import { ROOT } from './boot.js'

// The embedded database as a user runs it: real processes on one data directory (DATABASE_URL is ignored here).
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidtam-proc-'))
const env = { ...process.env, DATABASE_URL: '', TIDTAM_DATA_DIR: dataDir, TIDTAM_PLAN_DIR: path.join(ROOT, 'server/features/plan-data/fixtures'), PORT: '0', LOG_LEVEL: 'warn' }
delete (env as Record<string, unknown>).DATABASE_URL
const tsx = path.join(ROOT, 'node_modules/.bin/tsx')

function start(): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(tsx, [path.join(ROOT, 'server/main.ts')], { env, cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  child.stdout!.on('data', (d) => (out += d))
  child.stderr!.on('data', (d) => (out += d))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, output: () => out, exited }
}

async function waitFor(cond: () => boolean, ms: number) {
  const end = Date.now() + ms
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 100))
  }
}

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

describe('the embedded database across processes', () => {
  it('refuses a second process on the same data directory, and survives Ctrl-C', async () => {
    const first = start()
    await waitFor(() => first.output().includes('is running'), 90_000)
    expect(first.output()).toMatch(/open http:\/\/localhost:\d+/)

    const second = start()
    expect(await second.exited).toBe(2)
    expect(second.output()).toContain('already in use by process')
    expect(second.output()).toContain('ກຳລັງຖືກໃຊ້')

    first.child.kill('SIGINT')
    expect(await first.exited).toBe(0)
    expect(first.output()).toContain('stopped.')
    expect(fs.existsSync(path.join(dataDir, 'tidtam.lock'))).toBe(false)

    const again = await openDatabase({ dataDir })
    const plans = await again.db.selectFrom('plans').select('code').execute()
    await again.close()
    expect(plans.map((p) => p.code)).toEqual(['MINI-2021-2025'])
  }, 150_000)
})
