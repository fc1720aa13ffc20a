import { useRef, useState } from 'react'
import { Alert, Button, Group, Modal, Stack, Switch, Text, TextInput } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { errorText } from '../../api/client'
import type { User } from '../../api/people-types'
import { updateUser, type UserChanges } from '../../api/people-writes'
import { FormError, focusFirstError } from '../../ui/form-error'
import { EMAIL, userFieldOf, type UserField } from './user-form-fields'
import { useUserWrite } from './use-user-write'

type Props = { user: User; onClose: () => void; onSaved: (u: User) => void }

/** Name, e-mail and whether the account may sign in; disabling asks first, since it signs the person out everywhere. */
export function EditUserModal({ user, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation()
  const phone = useMediaQuery('(max-width: 36em)')
  const formRef = useRef<HTMLFormElement>(null)
  const [v, setV] = useState({ displayName: user.displayName, email: user.email ?? '', disabled: user.disabled })
  const [errors, setErrors] = useState<Partial<Record<UserField, string>>>({})
  const [confirmingDisable, setConfirmingDisable] = useState(false)
  const changes = (): UserChanges => {
    const c: UserChanges = {}
    if (v.displayName.trim() !== user.displayName) c.displayName = v.displayName.trim()
    if ((v.email.trim().toLowerCase() || null) !== user.email) c.email = v.email.trim() || null
    if (v.disabled !== user.disabled) c.disabled = v.disabled
    return c
  }
  const write = useUserWrite(() => updateUser(user.id, changes()), onSaved)
  const save = () => write.mutate(undefined, {
    onError: (err) => {
      setConfirmingDisable(false)
      const field = userFieldOf(err)
      if (field) setErrors({ [field]: errorText(err, i18n.language) })
      focusFirstError(formRef.current)
    },
  })
  const submit = (e: React.FormEvent) => {
    e.preventDefault()
    const found: Partial<Record<UserField, string>> = {}
    if (!v.displayName.trim()) found.displayName = t('users.form.displayNameRequired')
    if (v.email.trim() && !EMAIL.test(v.email.trim())) found.email = t('users.form.emailInvalid')
    setErrors(found)
    if (Object.keys(found).length) return focusFirstError(formRef.current)
    if (!Object.keys(changes()).length) return onClose()
    if (v.disabled && !user.disabled) return setConfirmingDisable(true)
    save()
  }
  const shownOnField = Object.values(errors).some(Boolean)
  return (
    <Modal opened onClose={onClose} title={t('users.edit.title')} size="lg" fullScreen={phone} data-testid="edit-user">
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed" ff="monospace">{user.username}</Text>
          {write.error && !shownOnField ? <FormError error={write.error} /> : null}
          <TextInput label={t('users.field.displayName')} value={v.displayName} onChange={(e) => setV({ ...v, displayName: e.currentTarget.value })} error={errors.displayName} required data-autofocus name="display-name" autoComplete="off" />
          <TextInput type="email" label={t('users.field.email')} description={t('users.form.emailHint')} value={v.email} onChange={(e) => setV({ ...v, email: e.currentTarget.value })} error={errors.email} name="email" autoCapitalize="none" spellCheck={false} autoComplete="off" />
          <Switch label={t('users.edit.disabled')} description={t('users.edit.disabledHint')} checked={v.disabled} onChange={(e) => { setV({ ...v, disabled: e.currentTarget.checked }); setConfirmingDisable(false) }} color="red" data-testid="user-disabled" />
          {confirmingDisable ? (
            <Alert color="red" title={t('users.edit.confirmDisableTitle', { username: user.username })} role="alertdialog" data-testid="confirm-disable">
              <Text size="sm">{t('users.edit.confirmDisable', { name: user.displayName })}</Text>
              <Group gap="sm" mt="sm">
                <Button color="red" loading={write.isPending} onClick={save} data-testid="confirm-disable-submit">{t('users.edit.confirmDisableButton')}</Button>
                <Button variant="default" onClick={() => setConfirmingDisable(false)}>{t('people.cancel')}</Button>
              </Group>
            </Alert>
          ) : (
            <Group justify="flex-end" gap="sm" mt="xs">
              <Button variant="default" onClick={onClose}>{t('people.cancel')}</Button>
              <Button type="submit" loading={write.isPending} data-testid="edit-user-submit">{t('people.save')}</Button>
            </Group>
          )}
        </Stack>
      </form>
    </Modal>
  )
}
