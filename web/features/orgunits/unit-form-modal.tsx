import { useRef, useState } from 'react'
import { Button, Group, Modal, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ApiError, errorText } from '../../api/client'
import { ORG_UNIT_KINDS, type OrgUnit } from '../../api/people-types'
import { createUnit, renameUnit } from '../../api/people-writes'
import { FormError, focusFirstError } from '../../ui/form-error'
import { useKindLabel, useUnitLabel } from './unit-label'

const CODE = /^[A-Z0-9][A-Za-z0-9._-]*$/
type Values = { code: string; kind: string; nameLo: string; nameEn: string; abbrLo: string; abbrEn: string }
type Field = keyof Values
// The server names the field in its validation details ("/name/lo") or by its error code.
const FIELD_OF: Record<string, Field> = { '/code': 'code', '/name/lo': 'nameLo', '/name/en': 'nameEn', '/abbr/lo': 'abbrLo', '/abbr/en': 'abbrEn', code_taken: 'code' }

function serverFieldErrors(err: unknown, lang: string): Partial<Record<Field, string>> {
  if (!(err instanceof ApiError)) return {}
  if (FIELD_OF[err.code]) return { [FIELD_OF[err.code]]: errorText(err, lang) }
  const details = Array.isArray(err.details) ? (err.details as { field?: string; message?: string }[]) : []
  return Object.fromEntries(details.filter((d) => d.field && FIELD_OF[d.field]).map((d) => [FIELD_OF[d.field!], d.message ?? errorText(err, lang)]))
}

type Props = { mode: 'create' | 'rename'; unit: OrgUnit | null; onClose: () => void; onSaved?: (u: OrgUnit) => void }

/** New sub-unit under `unit` (or a new root when null), or new names for `unit`. */
export function UnitFormModal({ mode, unit, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation()
  const kindLabel = useKindLabel()
  const unitLabel = useUnitLabel()
  const phone = useMediaQuery('(max-width: 36em)')
  const queryClient = useQueryClient()
  const formRef = useRef<HTMLFormElement>(null)
  const start = mode === 'rename' && unit
    ? { code: unit.code, kind: unit.kind, nameLo: unit.name.lo ?? '', nameEn: unit.name.en ?? '', abbrLo: unit.abbr.lo ?? '', abbrEn: unit.abbr.en ?? '' }
    : { code: '', kind: unit?.kind === 'country' ? 'province' : unit?.kind === 'province' ? 'district' : 'department', nameLo: '', nameEn: '', abbrLo: '', abbrEn: '' }
  const [v, setV] = useState<Values>(start)
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
  const names = () => ({ name: { lo: v.nameLo.trim(), en: v.nameEn.trim() || null }, abbr: { lo: v.abbrLo.trim() || null, en: v.abbrEn.trim() || null } })
  const mutation = useMutation({
    mutationFn: () => (mode === 'create'
      ? createUnit({ code: v.code.trim(), kind: v.kind, parent: unit?.code ?? null, ...names() })
      : renameUnit(unit!.code, { kind: v.kind, ...names() })),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['org-units'] })
      await queryClient.invalidateQueries({ queryKey: ['unit-page'] })
      onSaved?.(saved)
      onClose()
    },
    onError: (err) => {
      setErrors(serverFieldErrors(err, i18n.language))
      focusFirstError(formRef.current)
    },
  })
  const set = (f: Field) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setV({ ...v, [f]: e.currentTarget.value })
  const submit = (e: React.FormEvent) => {
    e.preventDefault()
    const found: Partial<Record<Field, string>> = {}
    if (mode === 'create' && !v.code.trim()) found.code = t('orgUnits.form.codeRequired')
    else if (mode === 'create' && !CODE.test(v.code.trim())) found.code = t('orgUnits.form.codeRule')
    if (!v.nameLo.trim()) found.nameLo = t('orgUnits.form.nameLoRequired')
    setErrors(found)
    if (Object.keys(found).length) return focusFirstError(formRef.current)
    mutation.mutate()
  }
  const title = mode === 'create' ? (unit ? t('orgUnits.action.addChild') : t('orgUnits.action.addRoot')) : t('orgUnits.action.rename')
  const fieldErrorShown = Object.keys(serverFieldErrors(mutation.error, i18n.language)).length > 0
  return (
    <Modal opened onClose={onClose} title={title} size="lg" fullScreen={phone} data-testid="unit-form">
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="sm">
          {unit ? <Text size="sm" c="dimmed">{mode === 'create' ? t('orgUnits.form.under', { unit: unitLabel(unit) }) : unitLabel(unit)}</Text> : null}
          {mutation.error && !fieldErrorShown ? <FormError error={mutation.error} /> : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('orgUnits.field.code')} description={mode === 'create' ? t('orgUnits.form.codeHint') : undefined} value={v.code} onChange={set('code')} error={errors.code} disabled={mode === 'rename'} required data-autofocus={mode === 'create' || undefined} name="code" autoCapitalize="characters" spellCheck={false} />
            <NativeSelect label={t('orgUnits.field.kind')} value={v.kind} onChange={set('kind')} data={ORG_UNIT_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))} name="kind" />
          </SimpleGrid>
          <TextInput label={t('orgUnits.field.nameLo')} value={v.nameLo} onChange={set('nameLo')} error={errors.nameLo} required lang="lo" data-autofocus={mode === 'rename' || undefined} name="name-lo" />
          <TextInput label={t('orgUnits.field.nameEn')} value={v.nameEn} onChange={set('nameEn')} error={errors.nameEn} lang="en" name="name-en" />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('orgUnits.field.abbrLo')} value={v.abbrLo} onChange={set('abbrLo')} error={errors.abbrLo} lang="lo" name="abbr-lo" />
            <TextInput label={t('orgUnits.field.abbrEn')} value={v.abbrEn} onChange={set('abbrEn')} error={errors.abbrEn} lang="en" name="abbr-en" />
          </SimpleGrid>
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose}>{t('people.cancel')}</Button>
            <Button type="submit" loading={mutation.isPending} data-testid="unit-form-submit">{mode === 'create' ? t('orgUnits.form.create') : t('people.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
