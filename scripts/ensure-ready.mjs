// Run before `npm start` and `npm test` so both work on a fresh clone: installs the locked dependencies when
// node_modules is missing or stale, and builds the web app when its sources are newer than the build.
// Plain Node, no dependencies (it runs before they exist).
import { execSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const say = (m) => process.stdout.write(`[tidtam] ${m}\n`)
const run = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' })

const lock = path.join(root, 'package-lock.json')
const stamp = path.join(root, 'node_modules', '.tidtam-lock-hash')
const lockHash = crypto.createHash('sha256').update(fs.readFileSync(lock)).digest('hex')
if (!fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8') !== lockHash) {
  say('installing dependencies (npm ci)…')
  run('npm ci --no-audit --no-fund --loglevel=error')
  fs.writeFileSync(stamp, lockHash)
}

const built = path.join(root, 'dist', 'web', 'index.html')
const newest = (p) => {
  if (!fs.existsSync(p)) return 0
  const st = fs.statSync(p)
  if (!st.isDirectory()) return st.mtimeMs
  return Math.max(0, ...fs.readdirSync(p).map((f) => newest(path.join(p, f))))
}
const sources = ['web', 'i18n', 'common', 'vite.config.ts', 'package-lock.json'].map((p) => newest(path.join(root, p)))
if (fs.existsSync(path.join(root, 'web', 'index.html')) && (!fs.existsSync(built) || Math.max(...sources) > fs.statSync(built).mtimeMs)) {
  say('building the web app (vite)…')
  run('npx vite build --logLevel warn')
}
