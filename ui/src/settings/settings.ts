import { call } from '../ipc/invoke'
import type { AppInfo } from '../ipc/bindings/AppInfo'
import type { Country } from '../ipc/bindings/Country'
import { i18n } from '../i18n/i18n.svelte'
import type { Language } from '../ipc/bindings/Language'
import type { Settings } from '../ipc/bindings/Settings'
import type { TextSize } from '../ipc/bindings/TextSize'

export const TEXT_SIZES: readonly TextSize[] = ['normal', 'large', 'larger']

export const getSettings = () => call<Settings>('get_settings')
export const setLanguage = (language: Language) => call<void>('set_language', { language })
export const setTextSize = (size: TextSize) => call<void>('set_text_size', { size })
export const appInfo = () => call<AppInfo>('app_info')

export function applyTextSize(size: TextSize) {
  document.documentElement.dataset.textSize = size
}
export const setSite = (country: string | null, localServices: string[]) => call<void>('set_site', { country, localServices })

/** Countries in the order of their names in the UI language. */
export const countriesByName = (countries: Country[]) =>
  [...countries].sort((a, b) => i18n.t(`country-${a.code}`).localeCompare(i18n.t(`country-${b.code}`), i18n.lang))
