import { describe, expect, it } from 'vitest'
import { localMoment, parseDate, shortDate } from './dates'

describe('dates', () => {
  it('are shown day first, as each language writes them in a form', () => {
    expect(shortDate('en', '2026-12-04')).toBe('04/12/2026')
    expect(shortDate('fr', '2026-12-04')).toBe('04/12/2026')
    expect(shortDate('de', '2026-12-04')).toBe('04.12.2026')
    expect(shortDate('nl', '2026-12-04')).toBe('04-12-2026')
    expect(shortDate('pt', '2026-12-04')).toBe('04/12/2026')
    expect(shortDate('pt', 'not a date')).toBe('not a date')
  })

  it('are read day first with any separator, or as ISO', () => {
    for (const text of ['4.12.2026', '04/12/2026', '4-12-2026', '4 12 2026', ' 04. 12. 2026 ', '4/12/26', '2026-12-04', '2026-12-4']) {
      expect(parseDate(text), text).toBe('2026-12-04')
    }
  })

  it('refuse what is no calendar date', () => {
    for (const text of ['31/02/2026', '12/13/2026', '2026', '', 'tomorrow', '4.12', '04/12/2026x', '0/1/2026']) {
      expect(parseDate(text), text).toBeNull()
    }
  })

  it('read back what they show, in every language', () => {
    for (const lang of ['en', 'fr', 'de', 'nl', 'pt'] as const) {
      expect(parseDate(shortDate(lang, '2027-01-31'))).toBe('2027-01-31')
    }
  })
})

describe('localMoment', () => {
  it('gives the local date and time, or null for what is no moment', () => {
    expect(localMoment('not a time')).toBeNull()
    const [date, time] = localMoment('2026-11-20T10:05:00Z')!
    expect(date).toMatch(/^2026-11-2\d$/)
    expect(time).toMatch(/^\d\d:\d5$/)
  })
})
