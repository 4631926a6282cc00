import { describe, expect, it } from 'vitest'
import { quarters } from './programme'

describe('quarters', () => {
  it('starts with the quarter holding today and goes back across the new year', () => {
    expect(quarters('2026-02-10', 3)).toEqual([
      { from: '2026-01-01', to: '2026-03-31' },
      { from: '2025-10-01', to: '2025-12-31' },
      { from: '2025-07-01', to: '2025-09-30' },
    ])
  })

  it('ends each quarter on its last day', () => {
    expect(quarters('2028-05-31', 2)).toEqual([
      { from: '2028-04-01', to: '2028-06-30' },
      { from: '2028-01-01', to: '2028-03-31' },
    ])
  })
})
