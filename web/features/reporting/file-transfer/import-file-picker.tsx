import { useRef } from 'react'
import { Button, FileButton, Progress, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ImportStep } from './use-import-file'

const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv'

/** The file picker (a real button, so the keyboard reaches it) and, while a file is on its way, how far it got. */
export function ImportFilePicker({ progress, onFile }: { progress: ImportStep; onFile: (file: File) => void }) {
  const { t } = useTranslation()
  const busy = progress.step !== 'idle'
  // Cleared after each pick, so the same file, corrected and saved again, can be chosen once more.
  const reset = useRef<() => void>(null)
  return (
    <div>
      <FileButton resetRef={reset} accept={ACCEPT} onChange={(file) => { reset.current?.(); if (file) onFile(file) }} disabled={busy} inputProps={{ 'data-testid': 'import-input' } as object}>
        {(props) => <Button {...props} size="sm" variant="light" loading={busy} data-testid="import-choose">{t('valueFiles.choose')}</Button>}
      </FileButton>
      {busy ? (
        <div className="vf-progress" role="status" aria-live="polite" data-testid="import-progress">
          <Text size="sm">
            {progress.step === 'savingFirst' ? t('valueFiles.savingFirst')
              : progress.step === 'sending' ? t('valueFiles.sending', { name: progress.name, percent: progress.percent })
                : t('valueFiles.checking', { name: progress.name })}
          </Text>
          <Progress
            value={progress.step === 'sending' ? progress.percent : 100}
            striped={progress.step !== 'sending'} animated={progress.step !== 'sending'} size="md"
            aria-label={t('valueFiles.choose')}
          />
        </div>
      ) : null}
    </div>
  )
}
