import { useRef, useState } from 'react'
import { Anchor, Button, Group, Text } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { errorText } from '../../../api/client'
import type { Evidence } from '../../../api/reporting-types'
import { evidenceUrl, uploadEvidence } from '../../../api/reporting-writes'
import { useFormat } from '../../../ui/format'
import { useDraft } from './draft-context'

const MAX_BYTES = 10 * 1024 * 1024
const ACCEPT = '.pdf,.png,.jpg,.jpeg,.webp,.txt,.docx,.xlsx,application/pdf,image/png,image/jpeg,image/webp,text/plain'

/** A milestone's evidence files: download links, and (while the report can be edited) attaching more. */
export function EvidenceList({ target, initial }: { target: string; initial: Evidence[] }) {
  const { t, i18n } = useTranslation()
  const fmt = useFormat()
  const { readOnly, reportKey } = useDraft()
  const [files, setFiles] = useState(initial)
  const [tooBig, setTooBig] = useState<string | null>(null)
  const input = useRef<HTMLInputElement>(null)
  const upload = useMutation({
    mutationFn: (file: File) => uploadEvidence(reportKey, target, file),
    onSuccess: (f) => setFiles((list) => [...list, f]),
  })
  const size = (n: number) => (n >= 1024 * 1024 ? `${fmt.number(n / 1024 / 1024, 1)} MB` : `${fmt.number(Math.max(1, Math.round(n / 1024)), 0)} KB`)
  return (
    <div className="rg-evidence" data-testid="evidence">
      <Text size="sm" fw={600} mt="xs">{t('dataEntry.evidence.title')}</Text>
      {files.length ? (
        <ul className="rg-evidence-list">
          {files.map((f) => (
            <li key={f.id}>
              <Anchor href={evidenceUrl(f.id)} download={f.fileName} size="sm">{f.fileName}</Anchor>
              <Text span size="xs" c="dimmed"> · {size(f.sizeBytes)}</Text>
            </li>
          ))}
        </ul>
      ) : <Text size="sm" c="dimmed">{t('dataEntry.evidence.none')}</Text>}
      {readOnly ? null : (
        <Group gap="xs" mt={4}>
          <input
            ref={input}
            type="file"
            accept={ACCEPT}
            hidden
            onChange={(e) => {
              const file = e.currentTarget.files?.[0]
              e.currentTarget.value = ''
              if (!file) return
              if (file.size > MAX_BYTES) return setTooBig(file.name)
              setTooBig(null)
              upload.mutate(file)
            }}
          />
          <Button size="compact-sm" variant="default" loading={upload.isPending} onClick={() => input.current?.click()}>{t('dataEntry.evidence.attach')}</Button>
          <Text size="xs" c="dimmed">{t('dataEntry.evidence.hint')}</Text>
        </Group>
      )}
      {tooBig ? <p className="rg-problem" role="alert">{t('dataEntry.evidence.tooBig', { name: tooBig })}</p> : null}
      {upload.error ? <p className="rg-problem" role="alert">{errorText(upload.error, i18n.language)}</p> : null}
    </div>
  )
}
