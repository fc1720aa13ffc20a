import { useTranslation } from 'react-i18next'
import { useFormat } from '../../../ui/format'
import type { ValueProblem, ValueWarning } from '../draft/check-value'
import { ConflictChoice } from './conflict-choice'
import { useDraft, useEntry } from './draft-context'

type Props = { id: string; entryKey: string; problem: ValueProblem | null; warning: ValueWarning | null }

/** Under a cell: why it cannot be saved (red), what looks odd against last period (orange), someone else's value. */
export function CellMessages({ id, entryKey, problem, warning }: Props) {
  const { t, i18n } = useTranslation()
  const { previousLabel } = useDraft()
  const fmt = useFormat()
  const entry = useEntry(entryKey)
  const n = (v: unknown) => (typeof v === 'number' ? fmt.number(v, 6) : String(v))
  const params = (p: Record<string, unknown>) => Object.fromEntries(Object.entries(p).map(([k, v]) => [k, n(v)]))
  return (
    <div id={id} className="rg-messages">
      {problem ? <p className="rg-problem" data-testid="cell-problem">{t(`dataEntry.problem.${problem.code}`, params(problem.params))}</p> : null}
      {entry?.serverError ? (
        <p className="rg-problem" data-testid="cell-server-error">{i18n.language === 'lo' ? entry.serverError.message_lo : entry.serverError.message}</p>
      ) : null}
      {warning ? (
        <p className="rg-warning" data-testid="cell-warning">
          {t(`dataEntry.warning.${warning.code}`, {
            previous: n(warning.params.previous),
            percent: `${warning.params.percent > 0 ? '+' : ''}${n(warning.params.percent)}`,
            period: previousLabel ?? t('dataEntry.previousPeriod'),
          })}
        </p>
      ) : null}
      {entry?.conflict ? <ConflictChoice entryKey={entryKey} /> : null}
    </div>
  )
}
