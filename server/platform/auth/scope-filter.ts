import { sql, type RawBuilder } from 'kysely'
import type { Scope } from './policy.js'

/** A SQL condition: the unit path in column `pathColumn` (a name from code, never from a request) lies in `scope`. */
export function pathInScope(pathColumn: string, scope: Scope): RawBuilder<boolean> {
  if (scope.all) return sql<boolean>`true`
  if (!scope.paths.length) return sql<boolean>`false`
  const col = sql.ref(pathColumn)
  // Paths hold only digits and "/", so they need no LIKE escaping.
  return sql<boolean>`(${col} = any(${scope.paths}::text[]) or ${col} like any(${scope.paths.map((p) => `${p}/%`)}::text[]))`
}
