import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, AUDIT_FAMILIES } from './audit-vocabulary'

const root = join(import.meta.dirname, '..', '..', '..')
const serverDir = join(root, 'server')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return sourceFiles(path)
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : []
  })
}

const ACTION_LITERAL = /'([a-z_]+(?:\.[a-z_]+)+)'/g
const TEMPLATE_ACTION = /action: `([a-z_]+)\.\$\{[^}]+\}`/g

/** The report workflow's actions, which the server writes as `report.${action}`. */
function workflowActions(): string[] {
  const text = readFileSync(join(serverDir, 'features', 'reporting', 'report-workflow.ts'), 'utf8')
  const list = /export const ACTIONS = \[([^\]]+)\]/.exec(text)
  expect(list, 'ACTIONS in report-workflow.ts').not.toBeNull()
  return [...list![1].matchAll(/'([a-z_]+)'/g)].map((m) => m[1])
}

/** Every action and entity type the server can write: read from the source around each audit call. */
function writtenByServer() {
  const actions = new Map<string, string>()
  const entities = new Map<string, string>()
  const templates: string[] = []
  for (const file of sourceFiles(serverDir)) {
    const text = readFileSync(file, 'utf8')
    if (!/recordAudit\(|auditAction/.test(text) || file.endsWith(join('audit', 'record-audit.ts'))) continue
    const where = relative(root, file)
    for (const line of text.split('\n')) {
      // `action: '…'`, `auditAction: '…'`, `opts.auditAction ?? '…'`, `const action = a ? '…' : '…'`
      if (/\baction\b|auditAction/.test(line)) for (const m of line.matchAll(ACTION_LITERAL)) actions.set(m[1], where)
      for (const m of line.matchAll(/entityType: '([a-z_]+)'/g)) entities.set(m[1], where)
      for (const m of line.matchAll(TEMPLATE_ACTION)) templates.push(m[1])
    }
  }
  for (const family of templates) {
    // Only the report workflow builds its action names; any other template needs its expansion taught here.
    expect(family, 'an audit action built from a template').toBe('report')
    for (const a of workflowActions()) actions.set(`report.${a}`, 'server/features/reporting/transition-report.ts')
  }
  return { actions, entities }
}

type Tree = Record<string, unknown>
const texts = (lang: 'lo' | 'en') => JSON.parse(readFileSync(join(root, 'i18n', `people.${lang}.json`), 'utf8')) as Tree
const lookup = (tree: Tree, key: string): unknown => key.split('.').reduce<unknown>((node, k) => (node && typeof node === 'object' ? (node as Tree)[k] : undefined), tree)

describe('the audit vocabulary', () => {
  const { actions, entities } = writtenByServer()

  it('finds the audit calls in the server at all', () => {
    expect(actions.get('user.create')).toBe('server/features/users/create-user.ts')
    expect(actions.has('report.approve')).toBe(true)
    expect(actions.has('report.import')).toBe(true)
    expect(entities.has('report')).toBe(true)
  })

  it('lists every action the server writes', () => {
    const missing = [...actions].filter(([a]) => !(AUDIT_ACTIONS as readonly string[]).includes(a)).map(([a, where]) => `${a} (${where})`)
    expect(missing).toEqual([])
  })

  it('lists every kind of record the server writes', () => {
    const missing = [...entities].filter(([e]) => !(AUDIT_ENTITY_TYPES as readonly string[]).includes(e)).map(([e, where]) => `${e} (${where})`)
    expect(missing).toEqual([])
  })

  it('offers a family filter for every action', () => {
    expect(AUDIT_ACTIONS.filter((a) => !AUDIT_FAMILIES.some((f) => a.startsWith(f)))).toEqual([])
  })

  it.each(['lo', 'en'] as const)('has words in %s for every action, family and kind of record', (lang) => {
    const tree = texts(lang)
    const keys = [
      ...AUDIT_ACTIONS.map((a) => `audit.action.${a}`),
      ...AUDIT_FAMILIES.map((f) => `audit.action.${f}_all`),
      ...AUDIT_ENTITY_TYPES.map((e) => `audit.entity.${e}`),
    ]
    expect(keys.filter((k) => typeof lookup(tree, k) !== 'string')).toEqual([])
  })
})
