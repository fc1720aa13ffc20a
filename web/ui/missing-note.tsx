import { Badge, Text, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** Items lost in the scanned document are shown, greyed, with what the document says elsewhere — never hidden. */
const LABEL = { missing: 'missing.badge', titleLost: 'missing.titleLost', garbled: 'missing.garbled', headingLost: 'missing.headingLost' } as const

export function MissingBadge({ kind = 'missing' }: { kind?: keyof typeof LABEL }) {
  const { t } = useTranslation()
  return <Badge color="gray" variant="light" data-testid={`badge-${kind}`}>{t(LABEL[kind])}</Badge>
}

/** A note written by the people who extracted the plan (English). */
export function EditorNote({ note }: { note: string | null | undefined }) {
  const { t } = useTranslation()
  if (!note) return null
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" fw={600}>{t('missing.noteLabel')}</Text>
      <Text size="sm" c="dimmed" lang="en">{note}</Text>
    </Stack>
  )
}
