import { useTranslation } from 'react-i18next'

/** Words for actions and record types; one the app has no words for yet shows as the server names it. */
export function useAuditLabels() {
  const { t } = useTranslation()
  return {
    action: (a: string) => t(`audit.action.${a.replace(/\.$/, '._all')}`, { defaultValue: a }),
    entity: (e: string) => t(`audit.entity.${e}`, { defaultValue: e }),
  }
}
