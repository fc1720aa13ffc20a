import { Tabs, Text } from '@mantine/core'
import { getRouteApi } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { useLegislation } from '../api/reference-queries'
import { LegislationTable } from '../features/legislation/legislation-table'
import { useFormat } from '../ui/format'
import { PageTitle } from '../ui/page-title'
import { QueryState } from '../ui/query-state'
import { useScrollToHash } from '../ui/use-scroll-to-hash'

const route = getRouteApi('/plans/$code/legislation')

/** Annex 5: legal instruments by type (the type is in the URL). */
export function LegislationPage() {
  const { code } = route.useParams()
  const { type } = route.useSearch()
  const navigate = route.useNavigate()
  const { t } = useTranslation()
  const f = useFormat()
  const query = useLegislation(code)
  useScrollToHash(!!query.data)
  return (
    <>
      <PageTitle title={t('legislation.title')} subtitle={t('legislation.subtitle')} docTitle={t('legislation.title')} />
      <QueryState query={query}>
        {(list) => {
          const types = Object.keys(list.byType)
          const current = type && types.includes(type) ? type : 'all'
          const items = current === 'all' ? list.items : list.items.filter((i) => i.type === current)
          return (
            <Tabs value={current} onChange={(v) => void navigate({ search: { type: v && v !== 'all' ? v : undefined }, replace: true })} keepMounted={false}>
              <Tabs.List mb="sm" style={{ flexWrap: 'wrap' }}>
                <Tabs.Tab value="all">{t('legislation.all')} ({f.number(list.items.length)})</Tabs.Tab>
                {types.map((ty) => <Tabs.Tab key={ty} value={ty}>{t(`legislation.types.${ty}`, { defaultValue: ty })} ({f.number(list.byType[ty])})</Tabs.Tab>)}
              </Tabs.List>
              <Tabs.Panel value={current}>
                {items.length ? <LegislationTable plan={code} items={items} /> : <Text c="dimmed">{t('legislation.none')}</Text>}
              </Tabs.Panel>
            </Tabs>
          )
        }}
      </QueryState>
    </>
  )
}
