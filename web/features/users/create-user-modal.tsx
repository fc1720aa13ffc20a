import { useRef, useState } from 'react'
import { Button, Checkbox, Group, Modal, PasswordInput, Stack, TextInput } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { ApiError, errorText } from '../../api/client'
import type { OneTimePassword } from '../../api/people-types'
import { createUser } from '../../api/people-writes'
import { FormError, focusFirstError } from '../../ui/form-error'
import { RoleUnitFields, type RoleUnit } from './role-unit-fields'
import { useUserWrite } from './use-user-write'

const USERNAME = /^[a-z0-9][a-z0-9._@-]{1,59}$/
type Field = 'username' | 'displayName' | 'password'
const FIELD_OF: Record<string, Field> = { '/username': 'username', '/displayName': 'displayName', '/password': 'password', weak_password: 'password', conflict: 'username' }

/** A new account: username, name, a first password (or one generated and shown once), and optionally a first role. */
export function CreateUserModal({ onClose, onCreated }: { onClose: () => void; onCreated: (r: OneTimePassword) => void }) {
  const { t, i18n } = useTranslation()
  const phone = useMediaQuery('(max-width: 36em)')
  const formRef = useRef<HTMLFormElement>(null)
  const [v, setV] = useState({ username: '', displayName: '', password: '' })
  const [withGrant, setWithGrant] = useState(true)
  const [grant, setGrant] = useState<RoleUnit>({ role: 'reporter', unit: null })
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
  const write = useUserWrite(
    () => createUser({ username: v.username.trim().toLowerCase(), displayName: v.displayName.trim(), ...(v.password ? { password: v.password } : {}), grants: withGrant ? [grant] : [] }),
    onCreated,
  )
  const submit = (e: React.FormEvent) => {
    e.preventDefault()
    const found: Partial<Record<Field, string>> = {}
    if (!USERNAME.test(v.username.trim().toLowerCase())) found.username = t('users.form.usernameRule')
    if (!v.displayName.trim()) found.displayName = t('users.form.displayNameRequired')
    setErrors(found)
    if (Object.keys(found).length) return focusFirstError(formRef.current)
    write.mutate(undefined, {
      onError: (err) => {
        const field = err instanceof ApiError ? FIELD_OF[err.code] ?? FIELD_OF[(err.details as { field?: string }[] | undefined)?.[0]?.field ?? ''] : undefined
        if (field) setErrors({ [field]: errorText(err, i18n.language) })
        focusFirstError(formRef.current)
      },
    })
  }
  const set = (f: Field) => (e: React.ChangeEvent<HTMLInputElement>) => setV({ ...v, [f]: e.currentTarget.value })
  const shownOnField = Object.values(errors).some(Boolean)
  return (
    <Modal opened onClose={onClose} title={t('users.create')} size="lg" fullScreen={phone} data-testid="create-user">
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="sm">
          {write.error && !shownOnField ? <FormError error={write.error} /> : null}
          <TextInput label={t('users.field.username')} description={t('users.form.usernameHint')} value={v.username} onChange={set('username')} error={errors.username} required data-autofocus name="username" autoCapitalize="none" spellCheck={false} autoComplete="off" />
          <TextInput label={t('users.field.displayName')} value={v.displayName} onChange={set('displayName')} error={errors.displayName} required name="display-name" autoComplete="off" />
          <PasswordInput label={t('users.field.initialPassword')} description={t('users.form.passwordHint')} value={v.password} onChange={set('password')} error={errors.password} aria-invalid={errors.password ? true : undefined} name="initial-password" autoComplete="new-password" />
          <Checkbox label={t('users.form.withGrant')} checked={withGrant} onChange={(e) => setWithGrant(e.currentTarget.checked)} />
          {withGrant ? <RoleUnitFields value={grant} onChange={setGrant} /> : null}
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose}>{t('people.cancel')}</Button>
            <Button type="submit" loading={write.isPending} data-testid="create-user-submit">{t('users.form.create')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
