// Numbers as the UI language writes them: its decimal mark, a half rounded up, and a true
// minus sign (−0,53), as the core writes them on the page and in the report.
import type { Language } from '../ipc/bindings/Language'

export function formatNumber(lang: Language, value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–'
  return new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value).replace(/^-/, '\u2212')
}
