import { useRef, useState } from 'react'
import { Alert, Button, Group, MultiSelect, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { usePlans } from '../../api/plan-queries'
import { usePlanItems, type AssignableType } from '../../api/plan-item-queries'
import type { ResponsibilityRole, UnitPage } from '../../api/people-types'
import { assign } from '../../api/people-writes'
import { useBi } from '../../ui/bilingual'
import { FormError, focusFirstError } from '../../ui/form-error'
import { useNodeLabel } from '../framework/node-title'
import { namedOptions, nodeOptions, targetOptions, type ItemOption } from './item-options'

const TYPES: AssignableType[] = ['node', 'target', 'indicator', 'project']
const GROUP_OF = { node: 'nodes', target: 'targets', indicator: 'indicators', project: 'projects' } as const

/** Pick one or many of a plan's items and make this unit answer for them (all or nothing on the server). */
export function AssignItemsForm({ page }: { page: UnitPage }) {
  const { t } = useTranslation()
  const bi = useBi()
  const { plain } = useNodeLabel()
  const queryClient = useQueryClient()
  const formRef = useRef<HTMLFormElement>(null)
  const plans = usePlans()
  const [plan, setPlan] = useState<string | undefined>(undefined)
  const planCode = plan ?? plans.data?.find((p) => p.role === 'current')?.code ?? plans.data?.[0]?.code
  const [type, setType] = useState<AssignableType>('node')
  const [codes, setCodes] = useState<string[]>([])
  const [role, setRole] = useState<ResponsibilityRole>('lead')
  const [empty, setEmpty] = useState(false)
  const items = usePlanItems(planCode, type)
  const taken = new Set(page.responsibilities[GROUP_OF[type]].filter((a) => a.item.plan === planCode).map((a) => a.item.code))
  const text = (b: Parameters<typeof bi>[0]) => bi(b)?.text
  const options: ItemOption[] = type === 'node' ? nodeOptions(items.node.data ?? [], plain, taken)
    : type === 'target' ? targetOptions(items.target.data ?? [], text, taken)
      : type === 'indicator' ? namedOptions(items.indicator.data ?? [], text, taken)
        : namedOptions(items.project.data?.items ?? [], text, taken)
  const loading = items[type].isFetching && !items[type].data

  const mutation = useMutation({
    mutationFn: () => assign(codes.map((code) => ({ unit: page.unit.code, type, plan: planCode, code, role }))),
    onSuccess: async () => {
      setCodes([])
      await queryClient.invalidateQueries({ queryKey: ['unit-page', page.unit.code] })
    },
    onError: () => focusFirstError(formRef.current),
  })
  const submit = (e: React.FormEvent) => {
    e.preventDefault()
    setEmpty(!codes.length)
    if (!codes.length) return focusFirstError(formRef.current)
    mutation.mutate()
  }
  const done = mutation.data
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="assign-title">
      <form ref={formRef} onSubmit={submit} noValidate data-testid="assign-form">
        <Stack gap="sm">
          <Title order={2} size="h3" id="assign-title">{t('orgUnits.assign.title')}</Title>
          <Text size="sm" c="dimmed">{t('orgUnits.assign.explain')}</Text>
          <Group gap="sm" align="flex-end" wrap="wrap">
            {(plans.data?.length ?? 0) > 1 ? (
              <NativeSelect label={t('orgUnits.assign.plan')} value={planCode ?? ''} onChange={(e) => { setPlan(e.currentTarget.value); setCodes([]) }} data={(plans.data ?? []).map((p) => ({ value: p.code, label: p.code }))} w={{ base: '100%', sm: 200 }} />
            ) : null}
            <NativeSelect label={t('orgUnits.assign.type')} value={type} onChange={(e) => { setType(e.currentTarget.value as AssignableType); setCodes([]) }} data={TYPES.map((ty) => ({ value: ty, label: t(`orgUnits.itemType.${ty}`) }))} w={{ base: '100%', sm: 220 }} data-testid="assign-type" />
            <NativeSelect label={t('orgUnits.assign.role')} value={role} onChange={(e) => setRole(e.currentTarget.value as ResponsibilityRole)} data={(['lead', 'support'] as const).map((r) => ({ value: r, label: t(`orgUnits.role.${r}`) }))} w={{ base: '100%', sm: 180 }} />
          </Group>
          <MultiSelect
            label={t('orgUnits.assign.items')}
            description={t('orgUnits.assign.itemsHint')}
            placeholder={loading ? t('state.loading') : t('orgUnits.assign.search')}
            data={options}
            value={codes}
            onChange={(v) => { setCodes(v); setEmpty(false) }}
            searchable
            clearable
            hidePickedOptions
            limit={100}
            maxDropdownHeight={320}
            nothingFoundMessage={loading ? t('state.loading') : t('orgUnits.assign.nothing')}
            error={empty ? t('orgUnits.assign.pickOne') : undefined}
            comboboxProps={{ withinPortal: true }}
            data-testid="assign-items"
          />
          {items[type].isError ? <FormError error={items[type].error} /> : null}
          <FormError error={mutation.error} listDetails />
          {done ? <Alert color="green" role="status" data-testid="assign-done">{t('orgUnits.assign.done', { count: done.assigned.length, unchanged: done.unchanged })}</Alert> : null}
          <Group justify="flex-end">
            <Button type="submit" loading={mutation.isPending} data-testid="assign-submit">{t('orgUnits.assign.submit', { count: codes.length })}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}
