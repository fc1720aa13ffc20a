import { useTranslation } from 'react-i18next'
import { useBi } from '../../../ui/bilingual'
import { pasteArea, type ElementTableLayout } from './layout'
import { ElementRow } from './element-row'
import { useDraft } from './draft-context'

/** Elements of one programme as a grid: one value column, or one per disaggregation option with the row total. */
export function ElementTable({ table }: { table: ElementTableLayout }) {
  const { t } = useTranslation()
  const bi = useBi()
  const { previousLabel } = useDraft()
  const disaggregated = table.options.length > 0
  const area = pasteArea(table)
  return (
    <div className="rg-scroll" role="region" aria-label={t('dataEntry.grid.label')} tabIndex={-1}>
      <table className="rg-table" data-testid="element-table">
        <thead>
          <tr>
            <th scope="col" className="rg-name">{t('dataEntry.grid.item')}</th>
            {disaggregated
              ? table.options.map((o) => <th key={o.code} scope="col" className="rg-num">{bi(o.name)?.text ?? o.code}</th>)
              : <th scope="col" className="rg-num">{t('dataEntry.grid.value')}</th>}
            {disaggregated ? <th scope="col" className="rg-num">{t('dataEntry.grid.total')}</th> : null}
            <th scope="col" className="rg-num rg-prev">{previousLabel ? t('dataEntry.grid.previousOf', { period: previousLabel }) : t('dataEntry.previousPeriod')}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map(({ element, row }) => <ElementRow key={element.code} element={element} row={row} area={area} options={table.options} />)}
        </tbody>
      </table>
    </div>
  )
}
