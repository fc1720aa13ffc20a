import { Alert, List } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ApiError, errorText } from '../api/client'

type Detail = { message?: string; message_lo?: string }

/**
 * A form's error from the server, in the reader's language; focusable so focusFirstError can land on it.
 * `listDetails`: also list the per-row problems the server sends (a bulk write that failed as a whole).
 */
export function FormError({ error, title, listDetails = false }: { error: unknown; title?: string; listDetails?: boolean }) {
  const { i18n } = useTranslation()
  if (!error) return null
  const details = listDetails && error instanceof ApiError && Array.isArray(error.details) ? (error.details as Detail[]).filter((d) => d && (d.message || d.message_lo)) : []
  return (
    <Alert color="red" title={title} role="alert" tabIndex={-1} data-form-error data-testid="form-error">
      {errorText(error, i18n.language)}
      {details.length ? (
        <List size="sm" mt={4}>
          {details.map((d, i) => <List.Item key={i}>{i18n.language === 'lo' ? d.message_lo ?? d.message : d.message ?? d.message_lo}</List.Item>)}
        </List>
      ) : null}
    </Alert>
  )
}

/** After a failed submit: the first field marked invalid, else the form's error message, gets the focus. */
export function focusFirstError(form: HTMLElement | null): void {
  requestAnimationFrame(() => {
    const target = form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('[data-form-error]')
    target?.focus()
  })
}
