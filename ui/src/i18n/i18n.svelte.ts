// The UI language as reactive state: every `i18n.t(...)` in a template re-renders on change.
import type { Language } from '../ipc/bindings/Language'
import { buildBundles, format, localeFiles, type Args } from './messages'

const { bundles } = buildBundles(localeFiles())

class I18n {
  lang = $state<Language>('en')

  t = (id: string, args?: Args): string => format(bundles.get(this.lang)!, id, args)

  /** A message in another language than the UI's: a participant's, a session's. */
  tIn = (lang: Language, id: string, args?: Args): string => format(bundles.get(lang)!, id, args)

  set(lang: Language) {
    this.lang = lang
    document.documentElement.lang = lang
  }
}

export const i18n = new I18n()
