import { useRef, useState } from 'react'
import { Button, Checkbox, Code, FileInput, Group, Modal, Stack, Text } from '@mantine/core'
import { useMediaQuery } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { importUnits } from '../../api/people-writes'
import { focusFirstError } from '../../ui/form-error'
import { ImportProblems } from './import-problems'
import { ImportSummary } from './import-summary'
import { useUnitWrite } from './use-unit-write'

const HEADER = 'code,kind,parent,name_lo,name_en,abbr_lo,abbr_en,iso'

/** A CSV file of units, all or nothing: a check-only run first if wanted, then the import; every bad row is listed. */
export function CsvImportModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const phone = useMediaQuery('(max-width: 36em)')
  const formRef = useRef<HTMLFormElement>(null)
  const [file, setFile] = useState<File | null>(null)
  const [dryRun, setDryRun] = useState(true)
  const [missingFile, setMissingFile] = useState(false)
  const write = useUnitWrite(async ({ text, check }: { text: string; check: boolean }) => importUnits(text, check))
  const submit = async (e: React.FormEvent) => {
    e.preventDefault()
    setMissingFile(!file)
    if (!file) return focusFirstError(formRef.current)
    write.mutate({ text: await file.text(), check: dryRun }, { onError: () => focusFirstError(formRef.current) })
  }
  return (
    <Modal opened onClose={onClose} title={t('orgUnits.import.title')} size="xl" fullScreen={phone} data-testid="import-form">
      <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('orgUnits.import.explain')}</Text>
          <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{HEADER}</Code>
          <FileInput
            label={t('orgUnits.import.file')}
            placeholder={t('orgUnits.import.choose')}
            accept=".csv,text/csv"
            value={file}
            onChange={(f) => { setFile(f); write.reset() }}
            error={missingFile ? t('orgUnits.import.fileRequired') : undefined}
            clearable
            data-autofocus
            data-testid="import-file"
          />
          <Checkbox label={t('orgUnits.import.dryRun')} checked={dryRun} onChange={(e) => setDryRun(e.currentTarget.checked)} />
          {write.isPending ? <Text size="sm" c="dimmed" role="status">{t('orgUnits.import.working')}</Text> : null}
          {write.data ? <ImportSummary result={write.data} /> : null}
          {write.error ? <ImportProblems error={write.error} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>{t('people.close')}</Button>
            <Button type="submit" loading={write.isPending} data-testid="import-submit">{dryRun ? t('orgUnits.import.check') : t('orgUnits.import.run')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
