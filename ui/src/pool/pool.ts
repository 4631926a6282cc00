import { Channel } from '@tauri-apps/api/core'
import type { PoolSettings } from '../ipc/bindings/PoolSettings'
import type { PoolStatus } from '../ipc/bindings/PoolStatus'
import type { Progress } from '../ipc/bindings/Progress'
import type { PushSummary } from '../ipc/bindings/PushSummary'
import { call } from '../ipc/invoke'
import { runJob } from '../jobs/jobs.svelte'

export const poolSettings = () => call<PoolSettings>('pool_settings')
export const poolSaveUrl = (url: string) => call<PoolSettings>('pool_save_url', { url })
export const poolCheck = (url: string) => call<PoolStatus>('pool_check', { url })

/** Pushes to the pool at `url` as a job; `onStage` hears of each stage as it begins. */
export function poolPush(url: string, onStage: (p: Progress) => void) {
  const stages = new Channel<Progress>()
  stages.onmessage = onStage
  return runJob<PushSummary>('pool_push', { url, stages })
}
