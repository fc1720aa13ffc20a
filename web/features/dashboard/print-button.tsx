import { Button } from '@mantine/core'
import { useTranslation } from 'react-i18next'

const PrinterIcon = () => (
  <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
    <path d="M6 9V3h12v6" /><rect x="3" y="9" width="18" height="8" rx="2" /><path d="M6 14h12v7H6z" />
  </svg>
)

/** Prints the dashboard as it stands (one column, no menus, a section per page: see dashboard.css). */
export function PrintButton({ onPrint }: { onPrint: () => void }) {
  const { t } = useTranslation()
  return (
    <Button variant="default" leftSection={<PrinterIcon />} onClick={onPrint} className="dashboard-no-print" data-testid="dashboard-print">
      {t('dashboard.print')}
    </Button>
  )
}
