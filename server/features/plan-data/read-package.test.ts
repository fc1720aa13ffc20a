import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { FIXTURE_PLAN } from '../../test-support/test-database.js'
import { readPlanPackage, PlanPackageError } from './read-package.js'

const copies: string[] = []
function brokenCopy(file: string, edit: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tidtam-pkg-'))
  fs.cpSync(FIXTURE_PLAN, dir, { recursive: true })
  const p = path.join(dir, file)
  fs.writeFileSync(p, edit(fs.readFileSync(p, 'utf8')))
  copies.push(dir)
  return dir
}
afterEach(() => copies.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })))

function errorsOf(dir: string) {
  try {
    readPlanPackage(dir)
  } catch (err) {
    expect(err).toBeInstanceOf(PlanPackageError)
    return (err as PlanPackageError).errors
  }
  throw new Error('the package was accepted')
}

describe('reading a plan package', () => {
  it('accepts the fixture plan', () => {
    const pkg = readPlanPackage(FIXTURE_PLAN)
    expect(pkg.plan.code).toBe('MINI-2021-2025')
    expect(pkg.framework.nodes).toHaveLength(5)
  })

  it('names the file, line and field of a value of the wrong type', () => {
    const dir = brokenCopy('projects.yaml', (t) => t.replace('amount: 900,', 'amount: "nine hundred",'))
    const [e] = errorsOf(dir)
    expect(e.file).toMatch(/projects\.yaml$/)
    expect(e.line).toBe(7)
    expect(e.field).toBe('sections.0.projects.1.amount')
    expect(e.message).toMatch(/number/)
  })

  it('refuses a misspelt field instead of dropping it', () => {
    const dir = brokenCopy('framework.yaml', (t) => t.replace('kind: milestone, text: {lo: ສ້າງກົດໝາຍ', 'kind: milestone, txet: {lo: ສ້າງກົດໝາຍ'))
    const errs = errorsOf(dir)
    expect(errs.some((e) => e.line === 9 && /txet/.test(e.message))).toBe(true)
  })

  it('refuses a reference to a node that does not exist, at the line of the item', () => {
    const dir = brokenCopy('framework.yaml', (t) => t.replace('parent: FP1, missing: true', 'parent: FP7, missing: true'))
    const [e] = errorsOf(dir)
    expect(e).toMatchObject({ line: 5, field: 'parent' })
    expect(e.message).toContain('FP7')
  })

  it('reports YAML syntax errors with their line', () => {
    const dir = brokenCopy('legislation.yaml', (t) => t.replace('type: law, no: 3', 'type: law no: 3: ['))
    const [e] = errorsOf(dir)
    expect(e.file).toMatch(/legislation\.yaml$/)
    expect(e.message).toMatch(/^YAML/)
    expect(e.line).toBe(3)
  })

  it('refuses a source line beyond the end of the document', () => {
    const dir = brokenCopy('framework.yaml', (t) => t.replace('name: {lo: ແຜນວຽກຈຸດສຸມ ທີ 1, en: Focus plan one}, src: 8', 'name: {lo: ແຜນວຽກຈຸດສຸມ ທີ 1, en: Focus plan one}, src: 4000'))
    expect(errorsOf(dir).some((e) => /outside the document/.test(e.message))).toBe(true)
  })

  it('formats every error as file:line field: message', () => {
    const dir = brokenCopy('projects.yaml', (t) => t.replace('currency: USD, funding: oda,', 'currency: EUR, funding: oda,'))
    try { readPlanPackage(dir) } catch (err) {
      expect((err as Error).message).toMatch(/projects\.yaml:12 oda\.projects\.0\.currency: /)
      return
    }
    throw new Error('accepted')
  })
})
