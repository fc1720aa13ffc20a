import { useCallback, useLayoutEffect, useMemo, useState } from 'react'
import { Alert, Button, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { numberStyleOf } from '../../../../common/numbers/parse-number-text'
import type { ReportForm, ReportKey } from '../../../api/reporting-types'
import { useBi } from '../../../ui/bilingual'
import { formatNumber, localeFor } from '../../../ui/format'
import { DraftStore } from '../draft/draft-store'
import { FileTransferPanel } from '../file-transfer/file-transfer-panel'
import { HistoryPanel } from '../workflow/history-panel'
import { StatusBanner } from '../workflow/status-banner'
import { DraftContext, type Draft } from './draft-context'
import { EditorActionBar } from './editor-action-bar'
import { layoutSections } from './layout'
import { ProgrammeSection } from './programme-section'
import { ReportHeading } from './report-heading'
import { SaveStatus } from './save-status'
import { StickyBar } from './sticky-bar'
import { UnsavedList } from './unsaved-list'
import { useAutosave } from './use-autosave'

/** Sections opened at first: all of a short form, the first few of a long one (the rest open on demand). */
const OPEN_ITEMS = 60

/** The data-entry screen of one report: every item of the unit's form, autosaved, with the workflow around it. */
export function ReportEditor({ form, reportKey, onReload }: { form: ReportForm; reportKey: ReportKey; onReload: () => void }) {
  const { t, i18n } = useTranslation()
  const bi = useBi()
  const locale = localeFor(i18n.language)
  const formatInput = useCallback((n: number, d: number) => formatNumber(n, locale, d), [locale])
  // One store per loaded form: a language switch re-renders, it never drops what was typed.
  const [store] = useState(() => new DraftStore(form, formatInput))
  // …and shows the numbers in the new language's format (before paint, without marking anything changed).
  useLayoutEffect(() => store.reformat(formatInput, numberStyleOf(i18n.language)), [store, formatInput, i18n.language])
  const readOnly = !form.allowed.edit
  const { saver, status } = useAutosave(store, reportKey, !readOnly)
  const { sections, maxRow, entries } = useMemo(() => layoutSections(form.groups), [form.groups])
  const previousLabel = form.previousPeriod ? bi(form.previousPeriod.label)?.text ?? form.previousPeriod.id : null
  const draft: Draft = useMemo(() => ({ store, saver, readOnly, reportKey, maxRow, entries, formatInput, previousLabel }), [store, saver, readOnly, reportKey, maxRow, entries, formatInput, previousLabel])
  const version = useCallback(() => store.reportVersion, [store])
  const settle = useCallback(() => (saver ? saver.settle() : Promise.resolve(true)), [saver])
  const hasActions = (['submit', 'return', 'approve', 'lock', 'reopen'] as const).some((a) => form.allowed[a])
  let opened = 0
  return (
    <DraftContext.Provider value={draft}>
      <Stack gap="md" data-testid="report-editor" data-status={form.report.status} data-editable={String(!readOnly)}>
        <ReportHeading form={form} />
        <StatusBanner form={form} />
        {saver || hasActions ? (
          <StickyBar>
            <SaveStatus status={status} saver={saver} />
            <EditorActionBar allowed={form.allowed} reportKey={reportKey} version={version} beforeSubmit={settle} onReload={onReload} />
          </StickyBar>
        ) : null}
        {status.state === 'error' ? (
          <Alert color="red" title={t('dataEntry.save.stoppedTitle')} role="alert" data-testid="save-stopped">
            <UnsavedList />
            <Button mt="xs" size="compact-sm" variant="light" onClick={onReload}>{t('dataEntry.save.reload')}</Button>
          </Alert>
        ) : null}
        {readOnly ? null : <Text size="sm" c="dimmed">{t('dataEntry.keyboardHint')}</Text>}
        <FileTransferPanel form={form} />
        {sections.length ? (
          <div id="report-form" className="rg-form">
            {sections.map((s) => {
              const open = opened < OPEN_ITEMS
              opened += s.itemKeys.length
              return <ProgrammeSection key={s.id} section={s} initiallyOpen={open} />
            })}
          </div>
        ) : <Alert color="gray" data-testid="empty-form">{t('dataEntry.empty')}</Alert>}
        <HistoryPanel events={form.events} />
      </Stack>
    </DraftContext.Provider>
  )
}
