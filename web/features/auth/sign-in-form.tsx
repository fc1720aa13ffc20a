import { useRef, useState } from 'react'
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { ApiError, errorText } from '../../api/client'
import type { Me } from '../../api/people-types'
import { signIn } from '../../api/people-writes'
import { focusFirstError } from '../../ui/form-error'

type FieldErrors = { username?: string; password?: string }

/** Username and password; a refusal (wrong or locked, told apart only by the server's words) and too many attempts say so in the reader's language. */
export function SignInForm({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const { t, i18n } = useTranslation()
  const formRef = useRef<HTMLFormElement>(null)
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({})
  const mutation = useMutation({
    mutationFn: () => signIn(username.trim(), password),
    onSuccess: onSignedIn,
    onError: () => {
      setPassword('')
      focusFirstError(formRef.current)
    },
  })
  const err = mutation.error
  const wrong = err instanceof ApiError && err.code === 'invalid_credentials'

  const submit = (e: React.FormEvent) => {
    e.preventDefault()
    const errors: FieldErrors = {}
    if (!username.trim()) errors.username = t('auth.form.usernameRequired')
    if (!password) errors.password = t('auth.form.passwordRequired')
    setFieldErrors(errors)
    if (errors.username || errors.password) return focusFirstError(formRef.current)
    mutation.mutate()
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={t('auth.signIn')} data-testid="sign-in-form">
      <Stack gap="sm">
        {err ? (
          <Alert color="red" title={t('auth.form.failedTitle')} role="alert" tabIndex={-1} data-form-error data-testid="sign-in-error" data-code={err instanceof ApiError ? err.code : undefined}>
            {errorText(err, i18n.language)}
          </Alert>
        ) : null}
        <TextInput
          label={t('auth.form.username')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          value={username}
          onChange={(e) => setUsername(e.currentTarget.value)}
          error={fieldErrors.username}
          required
          autoFocus
        />
        <PasswordInput
          label={t('auth.form.password')}
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={fieldErrors.password ?? (wrong ? true : undefined)}
          aria-invalid={fieldErrors.password || wrong ? true : undefined}
          required
        />
        <Button type="submit" loading={mutation.isPending} data-testid="sign-in-submit">{t('auth.signIn')}</Button>
      </Stack>
    </form>
  )
}
