import { useEffect } from 'react'
import { Group, Title, Text, Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** The page's h1; also sets the browser tab title. */
export function PageTitle({ title, subtitle, extra, docTitle }: { title: React.ReactNode; subtitle?: React.ReactNode; extra?: React.ReactNode; docTitle?: string }) {
  const { t } = useTranslation()
  useEffect(() => {
    const base = t('app.name')
    document.title = docTitle ? `${docTitle} · ${base}` : base
  }, [docTitle, t])
  return (
    <Stack gap={4} mb="md">
      <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
        <Title order={1} style={{ flex: '1 1 20rem' }}>{title}</Title>
        {extra}
      </Group>
      {subtitle ? <Text c="dimmed">{subtitle}</Text> : null}
    </Stack>
  )
}
