import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

type Sent = { command: string; args: Record<string, unknown> }
const sent: Sent[] = []
let finish: (value: unknown) => void = () => {}
let fail: (error: unknown) => void = () => {}
vi.mock('../ipc/invoke', () => ({
  call: (command: string, args: Record<string, unknown>) => {
    sent.push({ command, args })
    if (command === 'job_cancel') return Promise.resolve()
    return new Promise((resolve, reject) => ((finish = resolve), (fail = reject)))
  },
}))
vi.mock('@tauri-apps/api/core', () => ({
  Channel: class {
    onmessage: (message: unknown) => void = () => {}
  },
}))
import { jobs, percent, runJob, SHOW_AFTER_MS, stopJob, STOPPED_FOR_MS } from './jobs.svelte'

type Channel = { onmessage: (p: { done: number; total: number }) => void }

describe('a long job', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    sent.length = 0
  })
  afterEach(() => vi.useRealTimers())

  it('is shown only once it has run a moment, with its progress, and is gone when done', async () => {
    const result = runJob<string>('save_export', { scope: { kind: 'all' } })
    const { args } = sent[0]
    expect(sent[0].command).toBe('save_export')
    expect(args.scope).toEqual({ kind: 'all' })
    expect(typeof args.job).toBe('number')
    expect(jobs.running?.shown).toBe(false)
    ;(args.progress as Channel).onmessage({ done: 250, total: 1000 })
    expect(percent(jobs.running?.progress ?? null)).toBe(25)
    vi.advanceTimersByTime(SHOW_AFTER_MS)
    expect(jobs.running?.shown).toBe(true)
    finish('/tmp/export.csv')
    expect(await result).toBe('/tmp/export.csv')
    expect(jobs.running).toBeNull()
  })

  it('is stopped by its own number, once, and its error reaches the caller', async () => {
    const result = runJob('back_up_now')
    const id = sent[0].args.job
    await stopJob()
    await stopJob()
    expect(sent.filter((s) => s.command === 'job_cancel')).toEqual([{ command: 'job_cancel', args: { id } }])
    expect(jobs.running?.stopping).toBe(true)
    fail({ code: 'cancelled', message: 'stopped' })
    await expect(result).rejects.toEqual({ code: 'cancelled', message: 'stopped' })
    expect(jobs.running).toBeNull()
    // Said where the bar was for a moment, as the page's own message may be out of sight.
    expect(jobs.stopped).toBe(true)
    vi.advanceTimersByTime(STOPPED_FOR_MS)
    expect(jobs.stopped).toBe(false)
  })

  it('says how far in whole percent, and nothing while the total is unknown', () => {
    expect(percent(null)).toBeNull()
    expect(percent({ done: 5, total: 0 })).toBeNull()
    expect(percent({ done: 2, total: 3 })).toBe(66)
    expect(percent({ done: 9, total: 3 })).toBe(100)
  })
})
