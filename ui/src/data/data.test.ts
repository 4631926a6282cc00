import { afterEach, describe, expect, it, vi } from 'vitest'
import { lockPolicy, refusal, watchIdle } from './data'

describe('watchIdle', () => {
  afterEach(() => {
    vi.useRealTimers()
    lockPolicy.minutes = 10
  })

  it('locks after the set minutes without use, and activity postpones it', () => {
    vi.useFakeTimers()
    let clock = 0
    const target = new EventTarget()
    const idle = vi.fn()
    lockPolicy.minutes = 2
    const stop = watchIdle(idle, target, () => clock, 1000)
    clock = 90_000
    vi.advanceTimersByTime(1000)
    target.dispatchEvent(new Event('keydown'))
    clock = 180_000
    vi.advanceTimersByTime(1000)
    expect(idle).not.toHaveBeenCalled()
    clock = 211_000
    vi.advanceTimersByTime(1000)
    expect(idle).toHaveBeenCalledTimes(1)
    stop()
  })

  it('never locks with 0 minutes', () => {
    vi.useFakeTimers()
    let clock = 0
    const idle = vi.fn()
    lockPolicy.minutes = 0
    const stop = watchIdle(idle, new EventTarget(), () => clock, 1000)
    clock = 10 * 3600_000
    vi.advanceTimersByTime(5000)
    expect(idle).not.toHaveBeenCalled()
    stop()
  })
})

describe('refusal', () => {
  it('puts invalid input next to its field and other errors apart', () => {
    expect(refusal({ code: 'invalid-input', message: 'confirmation: mismatch', field: 'confirmation', reason: 'mismatch' })).toEqual({
      field: 'confirmation',
      id: 'invalid-mismatch',
    })
    expect(refusal({ code: 'pool', message: 'regional pool: no server answered', field: null, reason: 'unreachable' })).toEqual({
      field: null,
      id: 'error-pool-unreachable',
    })
    expect(refusal({ code: 'wrong-passphrase', message: 'the passphrase does not open this database', field: null, reason: null })).toEqual({
      field: null,
      id: 'error-wrong-passphrase',
    })
  })
})
