import { sql, type Kysely } from 'kysely'

/**
 * Changes to the tree's shape take this transaction-scoped lock first, so two concurrent moves cannot each pass the
 * "not into its own subtree" check and together make a cycle.
 */
export async function lockOrgTree(trx: Kysely<any>): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('tidtam.org_units.tree'))`.execute(trx)
}
