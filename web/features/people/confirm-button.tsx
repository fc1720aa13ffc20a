import { useState } from 'react'
import { Button, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'

type Props = { label: string; question: string; onConfirm: () => void; loading?: boolean; testId?: string }

/** A destructive button that asks once more in place (no dialog): "Remove?" [Yes] [No]. */
export function ConfirmButton({ label, question, onConfirm, loading = false, testId }: Props) {
  const { t } = useTranslation()
  const [asking, setAsking] = useState(false)
  if (!asking) {
    return <Button size="compact-sm" variant="subtle" color="red" onClick={() => setAsking(true)} data-testid={testId}>{label}</Button>
  }
  return (
    <Group gap={6} wrap="nowrap" role="group" aria-label={question}>
      <Text size="sm" span>{question}</Text>
      <Button size="compact-sm" color="red" loading={loading} onClick={onConfirm} autoFocus data-testid={testId ? `${testId}-yes` : undefined}>{t('people.yes')}</Button>
      <Button size="compact-sm" variant="default" onClick={() => setAsking(false)}>{t('people.no')}</Button>
    </Group>
  )
}
