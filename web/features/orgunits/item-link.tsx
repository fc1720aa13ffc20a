import { Text } from '@mantine/core'
import type { Item } from '../../api/people-types'
import { AppLink } from '../../ui/app-link'
import { useBi } from '../../ui/bilingual'

/** An assigned item, linked to its page in the plan where it has one. */
export function ItemLink({ item }: { item: Item }) {
  const picked = useBi()(item.name)
  const body = (
    <>
      <Text span ff="monospace" size="sm">{item.code}</Text>
      {picked ? <> — <span lang={picked.lang}>{picked.text}</span></> : null}
    </>
  )
  const plan = item.plan
  if (!plan) return <Text span>{body}</Text>
  switch (item.type) {
    case 'node': return <AppLink to="/plans/$code/nodes/$node" params={{ code: plan, node: item.code }}>{body}</AppLink>
    case 'target': return <AppLink to="/plans/$code/targets/$target" params={{ code: plan, target: item.code }}>{body}</AppLink>
    case 'indicator': return <AppLink to="/plans/$code/indicators/$indicator" params={{ code: plan, indicator: item.code }}>{body}</AppLink>
    case 'project': return <AppLink to="/plans/$code/projects" params={{ code: plan }} search={{ q: item.code }}>{body}</AppLink>
    default: return <Text span>{body}</Text>
  }
}
