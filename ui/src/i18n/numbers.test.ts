import { describe, expect, it } from 'vitest'
import { formatNumber } from './numbers'

describe('formatNumber', () => {
  it('writes the language decimal mark, a half up and a true minus sign', () => {
    expect(formatNumber('de', -0.534, 2)).toBe('\u22120,53')
    expect(formatNumber('en', 62.5, 0)).toBe('63')
    expect(formatNumber('pt', 3, 1)).toBe('3,0')
    expect(formatNumber('fr', null)).toBe('–')
  })
})
