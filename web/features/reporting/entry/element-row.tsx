import { useTranslation } from 'react-i18next'
import type { DisaggregationOption, FormElement } from '../../../api/reporting-types'
import { useBi } from '../../../ui/bilingual'
import { useFormat } from '../../../ui/format'
import { valueKey } from '../draft/draft-entries'
import type { GridArea } from './grid'
import { RowTotal } from './row-total'
import { ValueCell } from './value-cell'

/** One element: its name and unit, a cell per option (or one), the row total, and last period's value. */
export function ElementRow({ element, row, area, options }: { element: FormElement; row: number; area: GridArea; options: DisaggregationOption[] }) {
  const { t } = useTranslation()
  const bi = useBi()
  const fmt = useFormat()
  const name = bi(element.name)?.text ?? element.code
  const unit = bi(element.unit)?.text
  const isText = element.valueType === 'text'
  const rule = isText ? null : { valueType: element.valueType, min: element.min, max: element.max, decimals: element.decimals, aggregation: element.aggregation }
  const previous = (optionId: number) => element.entry?.previous.find((p) => p.option === optionId)?.value ?? null
  const cols = options.length ? options.map((o) => ({ code: o.code as string | null, id: o.id, label: `${name} — ${bi(o.name)?.text ?? o.code}` })) : [{ code: null, id: 0, label: name }]
  const previousTotal = options.length
    ? options.reduce<number | null>((sum, o) => { const p = previous(o.id); return p === null ? sum : (sum ?? 0) + p }, null)
    : previous(0)
  return (
    <tr data-code={element.code} data-testid="element-row">
      <th scope="row" className="rg-name">
        <span className="rg-item-name">{name}</span>
        <span className="rg-item-meta">{element.code}{unit ? ` · ${unit}` : ''}</span>
      </th>
      {cols.map((c, i) => (
        <td key={c.code ?? '-'} className="rg-num">
          <ValueCell entryKey={valueKey(element.code, c.code)} rule={rule} previous={previous(c.id)} row={row} col={i} area={area} label={c.label} />
        </td>
      ))}
      {options.length ? (
        <td className="rg-num rg-total">
          <RowTotal keys={cols.map((c) => valueKey(element.code, c.code))} decimals={element.decimals} />
        </td>
      ) : null}
      <td className="rg-num rg-prev" aria-label={t('dataEntry.previousPeriod')}>{isText ? '' : fmt.number(previousTotal, Math.max(element.decimals, 2))}</td>
    </tr>
  )
}
