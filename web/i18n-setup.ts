import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import lo from '../i18n/lo.json'
import en from '../i18n/en.json'
import peopleLo from '../i18n/people.lo.json'
import peopleEn from '../i18n/people.en.json'
import dashboardLo from '../i18n/dashboard.lo.json'
import dashboardEn from '../i18n/dashboard.en.json'

export const LANGUAGES = ['lo', 'en'] as const
export type Language = (typeof LANGUAGES)[number]
const STORAGE_KEY = 'tidtam.lang'

function storedLanguage(): Language {
  try {
    const v = localStorage.getItem(STORAGE_KEY)
    return v === 'en' ? 'en' : 'lo'
  } catch {
    return 'lo'
  }
}

/** Pages the server draws before the app starts (the dashboard's first screen) read the language from this cookie. */
function rememberForServer(lang: string) {
  document.cookie = `tidtam_lang=${lang === 'en' ? 'en' : 'lo'}; path=/; max-age=31536000; samesite=lax`
}

/** Lao first; English when the reader chose it (remembered in localStorage). <html lang> follows the choice. */
export function setupI18n() {
  const lng = storedLanguage()
  void i18n.use(initReactI18next).init({
    // One file per area, so features can grow their texts without touching each other's; top-level keys never overlap.
    // The reporting texts load with the reporting pages (web/features/reporting/reporting-texts.ts).
    resources: {
      lo: { translation: { ...lo, ...peopleLo, ...dashboardLo } },
      en: { translation: { ...en, ...peopleEn, ...dashboardEn } },
    },
    lng,
    fallbackLng: 'lo',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    nsSeparator: false,
    initAsync: false,
    returnNull: false,
  })
  document.documentElement.lang = lng
  rememberForServer(lng)
  i18n.on('languageChanged', (l) => {
    document.documentElement.lang = l
    rememberForServer(l)
    try {
      localStorage.setItem(STORAGE_KEY, l)
    } catch {
      /* private mode: the choice lasts for this page only */
    }
  })
  return i18n
}
