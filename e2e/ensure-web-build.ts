import { execSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

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
  const sources = Math.max(...['web', 'i18n', 'common', 'vite.config.ts'].map((p) => newest(path.join(root, p))))
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= sources) return
  execSync('npx vite build --logLevel warn', { cwd: root, stdio: 'inherit' })
}
