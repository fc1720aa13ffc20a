import { useRef, useState } from 'react'
import { Button, PasswordInput, Stack, Text } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ApiError, errorText } from '../../api/client'
import { changePassword } from '../../api/people-writes'
import { FormError, focusFirstError } from '../../ui/form-error'

type Field = 'current' | 'next' | 'confirm'
const FIELD_OF_CODE: Record<string, Field> = { wrong_current_password: 'current', weak_password: 'next', same_password: 'next' }

/** Current password, a new one twice; the server's password rules decide, and their message lands on the field concerned. */
export function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const { t, i18n } = useTranslation()
  const formRef = useRef<HTMLFormElement>(null)
  const [values, setValues] = useState<Record<Field, string>>({ current: '', next: '', confirm: '' })
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
  const mutation = useMutation({
    mutationFn: () => changePassword(values.current, values.next),
    onSuccess: onChanged,
    onError: (err) => {
      const field = err instanceof ApiError ? FIELD_OF_CODE[err.code] : undefined
      if (field) setErrors({ [field]: errorText(err, i18n.language) })
      focusFirstError(formRef.current)
    },
  })
  const set = (f: Field) => (e: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [f]: e.currentTarget.value })

  const submit = (e: React.FormEvent) => {
    e.preventDefault()
    const found: Partial<Record<Field, string>> = {}
    if (!values.current) found.current = t('auth.form.passwordRequired')
    if (!values.next) found.next = t('auth.form.passwordRequired')
    else if (values.next !== values.confirm) found.confirm = t('auth.password.mismatch')
    setErrors(found)
    if (Object.keys(found).length) return focusFirstError(formRef.current)
    mutation.mutate()
  }
  const fieldError = mutation.error instanceof ApiError && FIELD_OF_CODE[mutation.error.code]

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={t('auth.changePassword')} data-testid="change-password-form">
      <Stack gap="sm">
        {mutation.error && !fieldError ? <FormError error={mutation.error} /> : null}
        <PasswordInput label={t('auth.password.current')} autoComplete="current-password" value={values.current} onChange={set('current')} error={errors.current} aria-invalid={errors.current ? true : undefined} required autoFocus name="current-password" />
        <PasswordInput label={t('auth.password.new')} description={t('auth.password.rules')} autoComplete="new-password" value={values.next} onChange={set('next')} error={errors.next} aria-invalid={errors.next ? true : undefined} required name="new-password" />
        <PasswordInput label={t('auth.password.confirm')} autoComplete="new-password" value={values.confirm} onChange={set('confirm')} error={errors.confirm} aria-invalid={errors.confirm ? true : undefined} required name="confirm-password" />
        <Button type="submit" loading={mutation.isPending} data-testid="change-password-submit">{t('auth.password.save')}</Button>
        <Text size="xs" c="dimmed">{t('auth.password.otherSessions')}</Text>
      </Stack>
    </form>
  )
}
