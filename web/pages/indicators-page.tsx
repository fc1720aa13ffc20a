import { Badge, Table, Text } from '@mantine/core'
import { getRouteApi } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { useIndicators } from '../api/plan-queries'
import { AppLink } from '../ui/app-link'
import { BiText, useBi } from '../ui/bilingual'
import { useFormat } from '../ui/format'
import { PageTitle } from '../ui/page-title'
import { QueryState } from '../ui/query-state'
import { SourceLink } from '../ui/source-link'

const route = getRouteApi('/plans/$code/indicators')

/** The plan's indicators: latest printed value next to the 2025 target. */
export function IndicatorsPage() {
  const { code } = route.useParams()
  const { t } = useTranslation()
  const f = useFormat()
  const bi = useBi()
  const query = useIndicators(code)
  return (
    <>
      <PageTitle title={t('indicator.listTitle')} subtitle={t('indicator.listSubtitle')} docTitle={t('indicator.listTitle')} />
      <QueryState query={query}>
        {(list) => (
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('indicator.name')}</Table.Th>
                  <Table.Th scope="col">{t('indicator.unit')}</Table.Th>
                  <Table.Th scope="col" className="num">{t('indicator.latest')}</Table.Th>
                  <Table.Th scope="col" className="num">{t('indicator.target2025')}</Table.Th>
                  <Table.Th scope="col">{t('source.column')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((i) => (
                  <Table.Tr key={i.code}>
                    <Table.Td>
                      <AppLink to="/plans/$code/indicators/$indicator" params={{ code, indicator: i.code }}><BiText value={i.name} empty={i.code} /></AppLink>
                      {i.sdg ? <Badge ml={6} variant="outline" size="sm">SDG {i.sdg}</Badge> : null}
                    </Table.Td>
                    <Table.Td><Text size="sm">{bi(i.unit)?.text ?? '—'}</Text></Table.Td>
                    <Table.Td className="num">{i.latest ? <>{f.number(i.latest.value)} <Text span size="xs" c="dimmed">({i.latest.period})</Text></> : '—'}</Table.Td>
                    <Table.Td className="num">{f.number(i.target)}</Table.Td>
                    <Table.Td><SourceLink src={i.src} plan={code} /></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
    </>
  )
}
