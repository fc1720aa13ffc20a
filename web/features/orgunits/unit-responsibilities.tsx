import { Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AssignmentGroup, UnitPage } from '../../api/people-types'
import { AssignmentRow } from './assignment-row'
import { ItemLink } from './item-link'

const GROUPS: AssignmentGroup[] = ['nodes', 'targets', 'indicators', 'projects', 'dataElements']

/** Everything the unit answers for, by kind of item; those who may assign can remove an assignment. */
export function UnitResponsibilities({ page, canAssign }: { page: UnitPage; canAssign: boolean }) {
  const { t } = useTranslation()
  const groups = GROUPS.filter((g) => page.responsibilities[g].length)
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="resp-title" data-testid="unit-responsibilities">
      <Stack gap="sm">
        <Title order={2} size="h3" id="resp-title">{t('orgUnits.unit.answersFor')}</Title>
        {!groups.length ? <Text c="dimmed" size="sm" data-testid="no-responsibilities">{t('orgUnits.unit.nothingAssigned')}</Text> : null}
        {groups.map((g) => (
          <section key={g} aria-label={t(`orgUnits.group.${g}`)}>
            <Text fw={700} size="sm" mb={4}>{t(`orgUnits.group.${g}`)} ({page.responsibilities[g].length})</Text>
            <Stack gap={4} component="ul" m={0} p={0}>
              {page.responsibilities[g].map((a) => <AssignmentRow key={a.id} unitCode={page.unit.code} assignment={a} canAssign={canAssign} />)}
            </Stack>
          </section>
        ))}
        {page.planProjects.length ? (
          <section aria-label={t('orgUnits.unit.planProjects')}>
            <Text fw={700} size="sm" mb={4}>{t('orgUnits.unit.planProjects')} ({page.planProjects.length})</Text>
            <Stack gap={4} component="ul" m={0} p={0}>
              {page.planProjects.map((p) => <li key={p.id} style={{ listStyle: 'none' }}><ItemLink item={p} /></li>)}
            </Stack>
          </section>
        ) : null}
      </Stack>
    </Paper>
  )
}
