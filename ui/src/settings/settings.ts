import { call } from '../ipc/invoke'
import type { AppInfo } from '../ipc/bindings/AppInfo'
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
