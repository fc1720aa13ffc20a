import { Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Project } from '../../api/types'
import { AppLink } from '../../ui/app-link'
import { useMoney } from '../../ui/money'
import { SourceLink } from '../../ui/source-link'
import { ProjectName } from './project-name'

export function projectYears(p: Pick<Project, 'years'>): string {
  const { start, end, raw } = p.years
  if (raw) return raw
  if (start && end && end !== start) return `${start}–${end}`
  return start ? String(start) : '—'
}

/** Projects as an accessible table: each amount in its own currency, each row with its source line. */
export function ProjectTable({ plan, projects, showFocusPlan = true, caption }: { plan: string; projects: Project[]; showFocusPlan?: boolean; caption?: string }) {
  const { t } = useTranslation()
  const money = useMoney()
  if (!projects.length) return <Text c="dimmed">{t('project.none')}</Text>
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover withTableBorder data-testid="project-table">
        {caption ? <Table.Caption>{caption}</Table.Caption> : null}
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('project.no')}</Table.Th>
            <Table.Th scope="col">{t('project.name')}</Table.Th>
            {showFocusPlan ? <Table.Th scope="col">{t('project.focusPlan')}</Table.Th> : null}
            <Table.Th scope="col">{t('project.years')}</Table.Th>
            <Table.Th scope="col" className="num">{t('project.amount')}</Table.Th>
            <Table.Th scope="col">{t('project.funding')}</Table.Th>
            <Table.Th scope="col">{t('source.column')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {projects.map((p) => (
            <Table.Tr key={p.code} data-code={p.code}>
              <Table.Td><Text size="sm" ff="monospace">{p.code}</Text></Table.Td>
              <Table.Td style={{ minWidth: 220 }}><ProjectName project={p} />{p.donor ? <Text size="xs" c="dimmed">{t('project.donor')}: {p.donor}</Text> : null}</Table.Td>
              {showFocusPlan ? (
                <Table.Td>
                  {p.focusPlan ? <AppLink to="/plans/$code/nodes/$node" params={{ code: plan, node: p.focusPlan }} size="sm">{p.focusPlan}</AppLink> : <Text size="sm">ODA</Text>}
                </Table.Td>
              ) : null}
              <Table.Td><Text size="sm" style={{ whiteSpace: 'nowrap' }}>{projectYears(p)}</Text></Table.Td>
              <Table.Td className="num"><Text size="sm">{money(p.amount, p.currency)}</Text></Table.Td>
              <Table.Td><Text size="sm">{t(`funding.${p.funding}`, { defaultValue: p.funding })}</Text></Table.Td>
              <Table.Td><SourceLink src={p.src} plan={plan} /></Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
