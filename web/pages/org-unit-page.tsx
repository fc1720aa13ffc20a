import '../features/people/people-styles'
import { Anchor, Breadcrumbs, Stack } from '@mantine/core'
import { getRouteApi } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../api/client'
import { useUnitPage } from '../api/people-queries'
import type { Me, UnitPage } from '../api/people-types'
import { NotAllowed } from '../features/auth/not-allowed'
import { canOnUnit } from '../features/auth/permissions'
import { RequireSignIn } from '../features/auth/require-sign-in'
import { AssignItemsForm } from '../features/orgunits/assign-items-form'
import { UnitDetails } from '../features/orgunits/unit-details'
import { UnitResponsibilities } from '../features/orgunits/unit-responsibilities'
import { AppLink } from '../ui/app-link'
import { BiText, useBi } from '../ui/bilingual'
import { PageTitle } from '../ui/page-title'
import { QueryState } from '../ui/query-state'

const route = getRouteApi('/org-units/$unit')

/** One unit: where it sits, what it is, everything it answers for, and (for planners) assigning more. */
export function OrgUnitPage() {
  return <RequireSignIn>{(me) => <UnitPageBody me={me} />}</RequireSignIn>
}

function UnitPageBody({ me }: { me: Me }) {
  const { unit } = route.useParams()
  const query = useUnitPage(unit)
  // The server decides who may read a unit's page; its refusal is a page of its own, not an error.
  if (query.error instanceof ApiError && query.error.status === 403) return <NotAllowed />
  return <QueryState query={query}>{(page) => <UnitPageView page={page} me={me} />}</QueryState>
}

function UnitPageView({ page, me }: { page: UnitPage; me: Me }) {
  const { t } = useTranslation()
  const bi = useBi()
  const chain = [...page.breadcrumb.map((b) => b.code), page.unit.code]
  const parentOf = (code: string) => { const i = chain.indexOf(code); return i > 0 ? chain[i - 1] : null }
  const canAssign = canOnUnit(me, 'responsibilities:assign', page.unit.code, parentOf)
  const name = bi(page.unit.name)?.text ?? page.unit.code
  return (
    <Stack gap="md">
      <Breadcrumbs separator="›" styles={{ root: { flexWrap: 'wrap' } }} aria-label={t('orgUnits.unit.breadcrumb')}>
        <AppLink to="/org-units" size="sm">{t('orgUnits.title')}</AppLink>
        {page.breadcrumb.map((b) => <AppLink key={b.code} to="/org-units/$unit" params={{ unit: b.code }} size="sm"><BiText value={b.name} empty={b.code} /></AppLink>)}
        <Anchor component="span" size="sm" c="dimmed" aria-current="page">{page.unit.code}</Anchor>
      </Breadcrumbs>
      <PageTitle title={<span data-testid="unit-title">{name}</span>} subtitle={page.unit.code} docTitle={name} />
      <UnitDetails page={page} />
      <UnitResponsibilities page={page} canAssign={canAssign} />
      {canAssign && !page.unit.closed ? <AssignItemsForm key={page.unit.code} page={page} /> : null}
    </Stack>
  )
}
