// Typed calls into the Rust shell. Every failure arrives as `{ code, message }`.
import { invoke } from '@tauri-apps/api/core'
import type { ErrorCode } from './bindings/ErrorCode'
import type { IpcError } from './bindings/IpcError'
import type { Command } from './commands'

export function isIpcError(value: unknown): value is IpcError {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value
}

/** The error as the UI shows it: a code to translate, the detail for the log. */
export function toIpcError(value: unknown): IpcError {
  if (isIpcError(value)) return value
  return { code: 'internal' as ErrorCode, message: String(value), field: null, reason: null }
}

/** Sent on `window` when a command finds Respond locked, so the shell shows the unlock screen. */
export const LOCKED_EVENT = 'respond-locked'

export async function call<T>(command: Command, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args)
  } catch (err) {
    const error = toIpcError(err)
    if (error.code === 'locked') window.dispatchEvent(new Event(LOCKED_EVENT))
    throw error
  }
}

/** The Fluent id of the translated message for an error code. */
export function errorMessageId(err: IpcError): string {
  return `error-${err.code}`
}
