import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

// Every text must exist in Lao and in English, and area files must not overwrite each other's top-level keys.
const dir = join(import.meta.dirname, '..', 'i18n')
const read = (f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>

function keys(o: unknown, prefix = ''): string[] {
  // Plural forms differ by language (English one/other, Lao one form), so they count as their base key.
  if (o === null || typeof o !== 'object') return [prefix.replace(/_(zero|one|two|few|many|other)$/, '')]
  return Object.entries(o as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

const areas = readdirSync(dir).filter((f) => f.endsWith('.lo.json') || f === 'lo.json').map((f) => f.replace(/lo\.json$/, ''))

describe('translations', () => {
  it.each(areas)('area "%s" has the same keys in Lao and English', (area) => {
    const lo = [...new Set(keys(read(`${area}lo.json`)))]
    const en = [...new Set(keys(read(`${area}en.json`)))]
    expect(lo.filter((k) => !en.includes(k))).toEqual([])
    expect(en.filter((k) => !lo.includes(k))).toEqual([])
  })

  it('areas do not share top-level keys', () => {
    const seen = new Map<string, string>()
    const clashes: string[] = []
    for (const area of areas) {
      for (const k of Object.keys(read(`${area}lo.json`))) {
        if (seen.has(k)) clashes.push(`${k}: ${seen.get(k)} and ${area}`)
        seen.set(k, area)
      }
    }
    expect(clashes).toEqual([])
  })
})
