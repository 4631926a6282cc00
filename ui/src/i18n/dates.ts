// Dates as the UI language writes them. WebKit's own date field follows the system's
// format (12/04/2026 on an English system for 4 December), whatever the app's language,
// so forms use a text field that reads a date typed day first, as all five languages do.
import type { Language } from '../ipc/bindings/Language'

const REGION: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE', nl: 'nl-NL', pt: 'pt-PT' }

const pad = (n: number) => String(n).padStart(2, '0')

/** The parts of an ISO date (`2026-12-04`), or null. */
export function isoParts(iso: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  return m ? [+m[1], +m[2], +m[3]] : null
}

/** An ISO date as `lang` writes it in a form: 04/12/2026, 04.12.2026, 04-12-2026. */
export function shortDate(lang: Language, iso: string): string {
  const parts = isoParts(iso)
  if (!parts) return iso
  const [y, m, d] = parts
  return new Intl.DateTimeFormat(REGION[lang], { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d))
}

/** A date typed day first (4.12.2026, 04/12/26, 4-12-2026, 4 12 2026) or as ISO, as ISO;
 * null when it is no calendar date. */
export function parseDate(text: string): string | null {
  const t = text.trim()
  let y: number, m: number, d: number
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t)
  if (iso) {
    ;[y, m, d] = [+iso[1], +iso[2], +iso[3]]
  } else {
    const dmy = /^(\d{1,2})\s*[./\-\s]\s*(\d{1,2})\s*[./\-\s]\s*(\d{4}|\d{2})$/.exec(t)
    if (!dmy) return null
    ;[d, m, y] = [+dmy[1], +dmy[2], dmy[3].length === 2 ? 2000 + +dmy[3] : +dmy[3]]
  }
  const date = new Date(Date.UTC(y, m - 1, d))
  if (y < 1000 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null
  return `${y}-${pad(m)}-${pad(d)}`
}

/** A moment (RFC 3339) as the local date (ISO) and time (HH:MM), or null. */
export function localMoment(rfc3339: string): [string, string] | null {
  const d = new Date(rfc3339)
  if (Number.isNaN(d.getTime())) return null
  return [`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, `${pad(d.getHours())}:${pad(d.getMinutes())}`]
}
