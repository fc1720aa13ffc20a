import { sql, type Kysely } from 'kysely'

// Saves now refuse more decimals than an element keeps. Elements made before kept 0 by default without it being
// checked: percentages get one decimal (61.5 %), and any element gets as many as its saved values already use, so
// every saved value stays valid and can be saved again unchanged.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`update data_elements set decimals = 1 where value_type = 'percent' and decimals = 0`.execute(db)
  await sql`
    update data_elements de set decimals = least(6, used.decimals)
    from (select data_element_id, max(min_scale(value)) as decimals from data_values where value is not null group by data_element_id) used
    where used.data_element_id = de.id and used.decimals > de.decimals and de.value_type <> 'integer'`.execute(db)
}
