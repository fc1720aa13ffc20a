import { useCallback, useMemo } from 'react'
import { Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ReportForm } from '../../../api/reporting-types'
import { useImportLimits } from '../../../api/values-io'
import { useBi } from '../../../ui/bilingual'
import { useFormat } from '../../../ui/format'
import { useDraft } from '../entry/draft-context'
import { fileSize } from './file-size'
import { ImportFilePicker } from './import-file-picker'
import { ImportOutcomeView } from './import-outcome-view'
import { TemplateDownloads } from './template-downloads'
import { useImportFile } from './use-import-file'
import './file-transfer.css'

/**
 * Filling a report offline: the XLSX/CSV template to download and, while the report can be edited, the import of a
 * filled one with its result. A report that can no longer change offers the template only (its saved values).
 */
export function FileTransferPanel({ form }: { form: ReportForm }) {
  const { t } = useTranslation()
  const fmt = useFormat()
  const bi = useBi()
  const { reportKey, readOnly, saver } = useDraft()
  const limits = useImportLimits()
  const settle = useCallback(() => (saver ? saver.settle() : Promise.resolve(true)), [saver])
  const upload = useImportFile(reportKey, settle, limits.data?.maxBytes)
  const names = useMemo(() => new Map(form.groups.flatMap((g) => g.items).map((i) => [i.code, i.name])), [form.groups])
  const itemName = (code: string) => bi(names.get(code))?.text ?? null
  return (
    <Paper withBorder p="sm" radius="sm" className="vf-panel" data-testid="file-transfer">
      <Stack gap="xs">
        <Title order={2} size="h5">{t(readOnly ? 'valueFiles.titleReadOnly' : 'valueFiles.title')}</Title>
        <Text size="sm" c="dimmed">{t(readOnly ? 'valueFiles.introReadOnly' : 'valueFiles.intro')}</Text>
        <div className="vf-actions">
          <TemplateDownloads reportKey={reportKey} />
          {readOnly ? null : <ImportFilePicker progress={upload.progress} onFile={(f) => void upload.start(f)} />}
        </div>
        {readOnly ? null : (
          <Text size="xs" c="dimmed" data-testid="import-limits">
            {limits.data ? `${t('valueFiles.limits', { size: fileSize(limits.data.maxBytes, fmt), unpacked: fileSize(limits.data.maxUnpackedBytes, fmt), rows: fmt.number(limits.data.maxRows, 0) })} ` : null}
            {t('valueFiles.numbers')}
          </Text>
        )}
        {upload.outcome ? <ImportOutcomeView outcome={upload.outcome} itemName={itemName} onClose={upload.dismiss} /> : null}
      </Stack>
    </Paper>
  )
}
