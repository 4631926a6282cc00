import { describe, expect, it, vi } from 'vitest'

// The first write is slow, the second quick: without a queue the second would finish first.
const calls: { draft: { marks: { atMs: number }[] } | null }[] = []
const finished: string[] = []
vi.mock('../ipc/invoke', () => ({
  call: (_command: string, args: { draft: { marks: { atMs: number }[] } | null }) => {
    calls.push(args)
    const name = args.draft === null ? 'forget' : `keep ${args.draft.marks[0].atMs}`
    return new Promise<void>((resolve) => setTimeout(() => (finished.push(name), resolve()), args.draft === null ? 1 : 30))
  },
}))
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

describe('the draft kept while a role-play is under way', () => {
  it('is written one write after another, so a slow one never lands after a newer one', async () => {
    const { keepDraft } = await import('./roleplay')
    const draft = (n: number) => ({ session: 1, participant: 1, partner: null, phase: 'pre' as const, startedAt: 1, marks: [{ id: 'call', atMs: n }], note: '' })
    const first = keepDraft(1, draft(1))
    const second = keepDraft(1, null)
    await Promise.all([first, second])
    expect(calls.map((c) => c.draft === null ? 'forget' : `keep ${c.draft.marks[0].atMs}`)).toEqual(['keep 1', 'forget'])
    expect(finished).toEqual(['keep 1', 'forget'])
  })
})
