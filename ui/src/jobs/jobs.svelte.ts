// Long jobs (exports, the report, backups, restores, bundle imports, the pool, sample data):
// each is called with a number of its own and a channel for its progress, which the bar at
// the foot of every screen shows with a Stop button. Quick jobs never show the bar.
import { Channel } from '@tauri-apps/api/core'
import type { JobProgress } from '../ipc/bindings/JobProgress'
import type { Command } from '../ipc/commands'
import { call } from '../ipc/invoke'

export type RunningJob = {
  id: number
  progress: JobProgress | null
  /** Stop was pressed: the job ends with the error `cancelled` once it has undone its work. */
  stopping: boolean
  /** Only jobs still running after a moment are shown, so that quick ones do not flicker. */
  shown: boolean
}

export const SHOW_AFTER_MS = 400
/** How long "Stopped" stays where the bar was: the page's own message may be out of sight. */
export const STOPPED_FOR_MS = 6000

/** The newest job under way, and whether the last one shown was stopped. */
export const jobs = $state<{ running: RunningJob | null; stopped: boolean }>({ running: null, stopped: false })

let stoppedTimer: ReturnType<typeof setTimeout> | undefined

let next = 1

/** Calls `command` as a job; resolves or rejects as `call` does (`cancelled` once stopped). */
export async function runJob<T>(command: Command, args: Record<string, unknown> = {}): Promise<T> {
  const id = next++
  const progress = new Channel<JobProgress>()
  jobs.stopped = false
  jobs.running = { id, progress: null, stopping: false, shown: false }
  const mine = () => (jobs.running?.id === id ? jobs.running : null)
  progress.onmessage = (p) => {
    const job = mine()
    if (job) job.progress = p
  }
  const timer = setTimeout(() => {
    const job = mine()
    if (job) job.shown = true
  }, SHOW_AFTER_MS)
  try {
    return await call<T>(command, { ...args, job: id, progress })
  } catch (err) {
    if (mine()?.stopping) {
      jobs.stopped = true
      clearTimeout(stoppedTimer)
      stoppedTimer = setTimeout(() => (jobs.stopped = false), STOPPED_FOR_MS)
    }
    throw err
  } finally {
    clearTimeout(timer)
    if (mine()) jobs.running = null
  }
}

/** Asks the job shown to stop. */
export async function stopJob() {
  const job = jobs.running
  if (!job || job.stopping) return
  job.stopping = true
  await call('job_cancel', { id: job.id })
}

/** How far, from 0 to 100; `null` while the total is not known. */
export function percent(progress: JobProgress | null): number | null {
  if (!progress || progress.total <= 0) return null
  return Math.min(100, Math.floor((progress.done * 100) / progress.total))
}
