import { useState } from 'react'
import { Button, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ApiError, errorText } from '../../../api/client'
import type { ReportKey } from '../../../api/reporting-types'
import { downloadTemplate, type TemplateFormat } from '../../../api/values-io'

/**
 * The report's form as a file: the XLSX template (values, milestones, guide) and the values as CSV. A large form
 * takes a while to build, so each button shows it is working. If the server refuses the template to this reader, the
 * buttons go away rather than offer what cannot be had.
 */
export function TemplateDownloads({ reportKey }: { reportKey: ReportKey }) {
  const { t, i18n } = useTranslation()
  const [busy, setBusy] = useState<TemplateFormat | null>(null)
  const [failure, setFailure] = useState<unknown>(null)
  const [refused, setRefused] = useState(false)
  if (refused) return null
  const download = async (format: TemplateFormat) => {
    setBusy(format)
    setFailure(null)
    try {
      await downloadTemplate(reportKey, format)
    } catch (err) {
      if (err instanceof ApiError && (err.status === 403 || err.status === 404)) setRefused(true)
      else setFailure(err)
    } finally {
      setBusy(null)
    }
  }
  return (
    <div>
      <Group gap="xs">
        {(['xlsx', 'csv'] as const).map((f) => (
          <Button key={f} variant="default" size="sm" loading={busy === f} disabled={busy !== null && busy !== f}
            onClick={() => void download(f)} data-testid={`download-${f}`}>
            {t(`valueFiles.${f}`)}
          </Button>
        ))}
      </Group>
      {failure ? <Text size="sm" c="red.8" mt={4} role="alert">{t('valueFiles.downloadFailed')}: {errorText(failure, i18n.language)}</Text> : null}
    </div>
  )
}
