// Reports what a first visit downloads: the entry script with its static imports (and the stylesheet), plus the
// chunks of the page opened first (the plan overview). Sizes are gzip -9, as the server sends them pre-compressed.
// Run after `npm run build:web`: npx tsx e2e/bundle-size.ts [page-chunk-name]
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

const dir = path.resolve('dist/web')
const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8')
const entry = /<script type="module"[^>]*src="\/([^"]+)"/.exec(html)?.[1]
if (!entry) throw new Error('no entry script in dist/web/index.html')
const gz = (f: string) => zlib.gzipSync(fs.readFileSync(path.join(dir, f)), { level: 9 }).length
const staticImports = (f: string) => [...fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/(?:import|from)\s*"\.\/([^"]+\.js)"/g)].map((m) => `assets/${m[1]}`)

function closure(start: string[]): Set<string> {
  const seen = new Set<string>()
  const todo = [...start]
  while (todo.length) {
    const f = todo.pop()!
    if (seen.has(f)) continue
    seen.add(f)
    todo.push(...staticImports(f))
  }
  return seen
}

const page = process.argv[2] ?? 'home-page'
const pageChunk = fs.readdirSync(path.join(dir, 'assets')).find((f) => f.startsWith(`${page}-`) && f.endsWith('.js'))
const js = closure([entry, ...(pageChunk ? [`assets/${pageChunk}`] : [])])
const css = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\/([^"]+)"/g)].map((m) => m[1])
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`
const jsTotal = [...js].reduce((a, f) => a + gz(f), 0)
const cssTotal = css.reduce((a, f) => a + gz(f), 0)
for (const f of [...js].sort((a, b) => gz(b) - gz(a))) console.log(`  ${kb(gz(f)).padStart(9)}  ${f}`)
console.log(`first-load JS (entry + ${page}), gzip: ${kb(jsTotal)} in ${js.size} files; CSS gzip: ${kb(cssTotal)}`)
