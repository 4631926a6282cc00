import { describe, expect, it } from 'vitest'
import { clock, stepForKey, toggle } from './roleplay'

describe('the role-play clock and ticks', () => {
  it('shows minutes and seconds, never below zero', () => {
    expect(clock(0)).toBe('0:00')
    expect(clock(61_999)).toBe('1:01')
    expect(clock(600_000)).toBe('10:00')
    expect(clock(-5)).toBe('0:00')
  })

  it('ticks a step with its time, and a second tick takes it back', () => {
    const once = toggle([], 'call', 12_345.6)
    expect(once).toEqual([{ id: 'call', atMs: 12_346 }])
    expect(toggle(once, 'call', 20_000)).toEqual([])
    expect(toggle(once, 'wake', 3_000).map((m) => m.id)).toEqual(['call', 'wake'])
  })

  it('maps the digits to the steps in order, and nothing else', () => {
    const steps = [{ id: 'danger' }, { id: 'wake' }, { id: 'call' }]
    expect(stepForKey('1', steps)).toBe('danger')
    expect(stepForKey('3', steps)).toBe('call')
    expect(stepForKey('4', steps)).toBeNull()
    expect(stepForKey('0', steps)).toBeNull()
    expect(stepForKey('a', steps)).toBeNull()
  })
})
