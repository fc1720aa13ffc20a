import { useTranslation } from 'react-i18next'
import type { Bi } from '../../api/types'
import { useBi } from '../../ui/bilingual'

/** "ນະຄອນຫຼວງວຽງຈັນ (LA-VT)" — a unit's name in the reader's language with its code, for pickers and messages. */
export function useUnitLabel() {
  const bi = useBi()
  return (u: { code: string; name: Bi }) => `${bi(u.name)?.text ?? u.code} (${u.code})`
}

/** The kind of a unit in words ("ແຂວງ", "Province"); an unknown kind shows as stored. */
export function useKindLabel() {
  const { t } = useTranslation()
  return (kind: string) => t(`orgUnits.kind.${kind}`, { defaultValue: kind })
}
