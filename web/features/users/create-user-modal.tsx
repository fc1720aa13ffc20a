import { useRef, useState } from 'react'
import { Button, Checkbox, Group, Modal, PasswordInput, Stack, TextInput } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { errorText } from '../../api/client'
import type { OneTimePassword } from '../../api/people-types'
import { createUser } from '../../api/people-writes'
import { FormError, focusFirstError } from '../../ui/form-error'
import { NEW_GRANT, grantInput, grantProblem, type GrantChoice, type GrantProblem } from './grant-choice'
import { RoleUnitFields } from './role-unit-fields'
import { EMAIL, USERNAME, userFieldOf, type UserField } from './user-form-fields'
import { useUserWrite } from './use-user-write'

/** A new account: username, name, e-mail, a first password (or one generated and shown once), and optionally a first role. */
export function CreateUserModal({ onClose, onCreated }: { onClose: () => void; onCreated: (r: OneTimePassword) => void }) {
  const { t, i18n } = useTranslation()
  const phone = useMediaQuery('(max-width: 36em)')
  const formRef = useRef<HTMLFormElement>(null)
  const [v, setV] = useState({ username: '', displayName: '', email: '', password: '' })
  const [withGrant, setWithGrant] = useState(true)
  const [grant, setGrant] = useState<GrantChoice>(NEW_GRANT)
  const [grantError, setGrantError] = useState<GrantProblem | null>(null)
  const [errors, setErrors] = useState<Partial<Record<UserField, string>>>({})
  const write = useUserWrite(
    () => createUser({
      username: v.username.trim().toLowerCase(), displayName: v.displayName.trim(), email: v.email.trim() || null,
      ...(v.password ? { password: v.password } : {}), grants: withGrant ? [grantInput(grant)!] : [],
    }),
    onCreated,
  )
  const submit = (e: React.FormEvent) => {
    e.preventDefault()
    const found: Partial<Record<UserField, string>> = {}
    if (!USERNAME.test(v.username.trim().toLowerCase())) found.username = t('users.form.usernameRule')
    if (!v.displayName.trim()) found.displayName = t('users.form.displayNameRequired')
    if (v.email.trim() && !EMAIL.test(v.email.trim())) found.email = t('users.form.emailInvalid')
    const missing = withGrant ? grantProblem(grant) : null
    setErrors(found)
    setGrantError(missing)
    if (Object.keys(found).length || missing) return focusFirstError(formRef.current)
    write.mutate(undefined, {
      onError: (err) => {
        const field = userFieldOf(err)
        if (field) setErrors({ [field]: errorText(err, i18n.language) })
        focusFirstError(formRef.current)
      },
    })
  }
  const set = (f: UserField) => (e: React.ChangeEvent<HTMLInputElement>) => setV({ ...v, [f]: e.currentTarget.value })
  const shownOnField = Object.values(errors).some(Boolean)
  return (
    <Modal opened onClose={onClose} title={t('users.create')} size="lg" fullScreen={phone} data-testid="create-user">
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="sm">
          {write.error && !shownOnField ? <FormError error={write.error} /> : null}
          <TextInput label={t('users.field.username')} description={t('users.form.usernameHint')} value={v.username} onChange={set('username')} error={errors.username} required data-autofocus name="username" autoCapitalize="none" spellCheck={false} autoComplete="off" />
          <TextInput label={t('users.field.displayName')} value={v.displayName} onChange={set('displayName')} error={errors.displayName} required name="display-name" autoComplete="off" />
          <TextInput type="email" label={t('users.field.email')} description={t('users.form.emailHint')} value={v.email} onChange={set('email')} error={errors.email} name="email" autoCapitalize="none" spellCheck={false} autoComplete="off" />
          <PasswordInput label={t('users.field.initialPassword')} description={t('users.form.passwordHint')} value={v.password} onChange={set('password')} error={errors.password} aria-invalid={errors.password ? true : undefined} name="initial-password" autoComplete="new-password" />
          <Checkbox label={t('users.form.withGrant')} checked={withGrant} onChange={(e) => setWithGrant(e.currentTarget.checked)} />
          {withGrant ? <RoleUnitFields value={grant} onChange={(g) => { setGrant(g); if (grantError) setGrantError(grantProblem(g)) }} problem={grantError} /> : null}
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose}>{t('people.cancel')}</Button>
            <Button type="submit" loading={write.isPending} data-testid="create-user-submit">{t('users.form.create')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
