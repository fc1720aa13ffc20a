import { execSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const STALE_LOCK_MS = 5 * 60_000

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)
}

/**
 * Browser test files run in parallel workers: without this lock two of them would build at once, and one build
 * empties dist/web under the server the other has already started.
 */
function withBuildLock(root: string, fn: () => void): void {
  const lock = path.join(root, 'dist', '.web-build.lock')
  fs.mkdirSync(path.dirname(lock), { recursive: true })
  for (;;) {
    try {
      fs.closeSync(fs.openSync(lock, 'wx'))
      break
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now())
      if (age > STALE_LOCK_MS) fs.rmSync(lock, { force: true })
      else sleepSync(250)
    }
  }
  try {
    fn()
  } finally {
    fs.rmSync(lock, { force: true })
  }
}

/**
 * The browser tests need dist/web, built before the server boots (@fastify/static lists the files at start).
 * `npm test` builds it first (scripts/ensure-ready.mjs); a bare `vitest run` gets it built here when missing or stale.
 */
export function ensureWebBuild(root: string): void {
  const built = path.join(root, 'dist', 'web', 'index.html')
  const newest = (p: string): number => {
    if (!fs.existsSync(p)) return 0
    const st = fs.statSync(p)
    if (!st.isDirectory()) return st.mtimeMs
    return Math.max(0, ...fs.readdirSync(p).map((f) => newest(path.join(p, f))))
  }
  const fresh = () => {
    const sources = Math.max(...['web', 'i18n', 'common', 'vite.config.ts'].map((p) => newest(path.join(root, p))))
    return fs.existsSync(built) && fs.statSync(built).mtimeMs >= sources
  }
  if (fresh()) return
  withBuildLock(root, () => {
    // Another test file may have built it while this one waited.
    if (fresh()) return
    // Under vitest NODE_ENV is "test", which would make Vite bundle React's development build.
    execSync('npx vite build --logLevel warn', { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } })
  })
}

/**
 * ensureWebBuild, then a private copy of dist/web for one test server: a later rebuild (another test file, an edit
 * while the tests run) then cannot pull the files from under it. The caller removes the copy.
 */
export function copyWebBuild(root: string): string {
  ensureWebBuild(root)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidtam-web-'))
  withBuildLock(root, () => fs.cpSync(path.join(root, 'dist', 'web'), dir, { recursive: true }))
  return dir
}
