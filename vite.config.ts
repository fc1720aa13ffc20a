import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'

const root = path.dirname(fileURLToPath(import.meta.url))
const outDir = path.join(root, 'dist', 'web')

/**
 * Writes .br and .gz next to every text asset so the server (@fastify/static with preCompressed) sends them
 * compressed without compressing on each request: this is what makes the app usable on a slow provincial line.
 */
function precompress(): Plugin {
  const compressible = /\.(js|css|html|svg|json|txt)$/
  return {
    name: 'tidtam-precompress',
    apply: 'build',
    closeBundle() {
      const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
      for (const file of walk(outDir)) {
        if (!compressible.test(file)) continue
        const body = fs.readFileSync(file)
        if (body.length < 1024) continue
        fs.writeFileSync(`${file}.gz`, zlib.gzipSync(body, { level: 9 }))
        fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }))
      }
    },
  }
}

export default defineConfig({
  root: path.join(root, 'web'),
  publicDir: false,
  plugins: [react(), precompress()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    // Fonts and images stay files (cacheable, and the CSP need not allow data: for scripts).
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 700,
  },
  server: {
    port: 5173,
    // `npx vite` for development against a running server: `PORT=3902 npx tsx server/main.ts`.
    // Only the server's API: /api/ also prefixes the app's own source files (web/api/*.ts) under the dev server.
    proxy: { '^/api/(v1|docs)': `http://127.0.0.1:${process.env.TIDTAM_API_PORT ?? 3902}` },
  },
})
