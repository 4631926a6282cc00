// The passphrase, locking, backups, the audit log and erasing names.
import type { AuditLog } from '../ipc/bindings/AuditLog'
import type { BackupFile } from '../ipc/bindings/BackupFile'
import type { BackupPreview } from '../ipc/bindings/BackupPreview'
import type { DataSettings } from '../ipc/bindings/DataSettings'
import type { DataStatus } from '../ipc/bindings/DataStatus'
import type { IpcError } from '../ipc/bindings/IpcError'
import { call, errorMessageId } from '../ipc/invoke'
import { runJob } from '../jobs/jobs.svelte'

export const dataStatus = () => call<DataStatus>('data_status')
export const createDatabase = (passphrase: string, confirmation: string) => call<void>('create_database', { passphrase, confirmation })
export const unlock = (passphrase: string) => call<void>('unlock', { passphrase })
export const lock = () => call<void>('lock')
export const changePassphrase = (current: string, passphrase: string, confirmation: string) =>
  call<void>('change_passphrase', { current, passphrase, confirmation })
export const getDataSettings = () => call<DataSettings>('get_data_settings')
export const setDataSettings = (data: DataSettings) => call<void>('set_data_settings', { data })
export const listBackups = () => call<BackupFile[]>('list_backups')
export const backUpNow = () => runJob<BackupFile>('back_up_now')
export const previewBackup = (name: string, passphrase: string) => call<BackupPreview>('preview_backup', { name, passphrase })
export const restoreBackup = (name: string, passphrase: string) => runJob<void>('restore_backup', { name, passphrase })
export const auditLog = (limit: number) => call<AuditLog>('audit_log', { limit })
export const exportAudit = (title: string) => call<string | null>('export_audit', { title })
export const eraseSessionNames = (session: number) => call<number>('erase_session_names', { session })
export const eraseParticipantName = (id: number) => call<void>('erase_participant_name', { id })

/** How long without use before Respond locks itself; the Data protection panel changes it. */
export const lockPolicy = { minutes: 10 }

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const

/** Calls `onidle` once nobody has touched the window for `lockPolicy.minutes` (0: never).
 * Returns the function that stops watching. `now` is for tests. */
export function watchIdle(onidle: () => void, target: EventTarget = window, now: () => number = Date.now, tickMs = 15000): () => void {
  let last = now()
  const touched = () => {
    last = now()
  }
  for (const event of ACTIVITY) target.addEventListener(event, touched, { passive: true })
  const timer = setInterval(() => {
    if (lockPolicy.minutes > 0 && now() - last >= lockPolicy.minutes * 60_000) {
      last = now()
      onidle()
    }
  }, tickMs)
  return () => {
    clearInterval(timer)
    for (const event of ACTIVITY) target.removeEventListener(event, touched)
  }
}

/** A refusal from the core as the field it concerns (shown next to it) and the id of its
 * translated message: a bundle's or the pool's own reason has a message of its own. */
export function refusal(err: IpcError): { field: string | null; id: string } {
  if (err.code === 'invalid-input' && err.field && err.reason) return { field: err.field, id: `invalid-${err.reason}` }
  if ((err.code === 'bundle' || err.code === 'pool') && err.reason) return { field: null, id: `error-${err.code}-${err.reason}` }
  return { field: null, id: errorMessageId(err) }
}
