import type { Language } from '../ipc/bindings/Language'
import type { ProgrammeReturn } from '../ipc/bindings/ProgrammeReturn'
import { call } from '../ipc/invoke'

export const programmeReturn = (from: string, to: string, lang: Language) => call<ProgrammeReturn>('programme_return', { from, to, lang })

export interface Quarter {
  from: string
  to: string
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`

/** The calendar quarter holding `today` (YYYY-MM-DD) and the `count - 1` before it, newest first. */
export function quarters(today: string, count = 8): Quarter[] {
  const [year, month] = today.split('-').map(Number)
  let q = Math.floor((month - 1) / 3)
  let y = year
  const out: Quarter[] = []
  for (let k = 0; k < count; k++) {
    const first = q * 3 + 1
    const last = first + 2
    // Day 0 of the next month is the last day of this one.
    const days = new Date(Date.UTC(y, last, 0)).getUTCDate()
    out.push({ from: iso(y, first, 1), to: iso(y, last, days) })
    q -= 1
    if (q < 0) {
      q = 3
      y -= 1
    }
  }
  return out
}
