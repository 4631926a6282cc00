// The UI language as reactive state: every `i18n.t(...)` in a template re-renders on change.
import type { Language } from '../ipc/bindings/Language'
import type { FluentBundle } from '@fluent/bundle'
import { buildBundle, format, localeFiles, type Args } from './messages'
import { isoParts, localMoment } from './dates'
import { formatNumber } from './numbers'

const files = localeFiles()
const bundles = new Map<Language, FluentBundle>()

/** A language's messages, parsed when first needed: parsing all five slowed the first paint. */
function bundle(lang: Language): FluentBundle {
  let found = bundles.get(lang)
  if (!found) {
    found = buildBundle(lang, files)
    bundles.set(lang, found)
  }
  return found
}

class I18n {
  lang = $state<Language>('en')

  t = (id: string, args?: Args): string => format(bundle(this.lang), id, args)

  /** A message in another language than the UI's: a participant's, a session's. */
  tIn = (lang: Language, id: string, args?: Args): string => format(bundle(lang), id, args)

  /** A number as the UI language writes it ("3,0" in Portuguese), a half rounded up. */
  num = (value: number, decimals = 0): string => formatNumber(this.lang, value, decimals)

  /** An ISO date in words, as the UI language writes it ("4. Dezember 2026"). */
  date = (iso: string): string => {
    const parts = isoParts(iso)
    return parts ? this.t('date-long', { day: parts[2], month: parts[1], year: String(parts[0]) }) : iso
  }

  /** A moment (RFC 3339) as its local date in words and time: "4. Dezember 2026, 08:14". */
  dateTime = (rfc3339: string): string => {
    const local = localMoment(rfc3339)
    return local ? `${this.date(local[0])}, ${local[1]}` : rfc3339
  }

  set(lang: Language) {
    this.lang = lang
    document.documentElement.lang = lang
  }
}

export const i18n = new I18n()
