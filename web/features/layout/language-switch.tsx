import { SegmentedControl } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** ລາວ | EN — the choice is remembered (see i18n-setup.ts). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation()
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('header.language')}
      value={i18n.language === 'en' ? 'en' : 'lo'}
      onChange={(v) => void i18n.changeLanguage(v)}
      data={[
        { value: 'lo', label: <span lang="lo">ລາວ</span> },
        { value: 'en', label: <span lang="en">EN</span> },
      ]}
      data-testid="language-switch"
    />
  )
}
