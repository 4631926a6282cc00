// The quiz kiosk. Its state lives in the core: the window shows it whenever one runs (after
// a reload or a restart too), and while it runs the shell answers only these commands.
import type { AnswerInput } from '../ipc/bindings/AnswerInput'
import type { Exit } from '../ipc/bindings/Exit'
import type { KioskState } from '../ipc/bindings/KioskState'
import type { KioskTaking } from '../ipc/bindings/KioskTaking'
import type { Phase } from '../ipc/bindings/Phase'
import type { Reviewed } from '../ipc/bindings/Reviewed'
import { call, isIpcError } from '../ipc/invoke'

/** The running kiosk, or null: the shell shows the kiosk instead of the app while set. */
export const kiosk = $state<{ running: KioskState | null }>({ running: null })

export async function startKiosk(session: number, phase: Phase, pin: string) {
  kiosk.running = await call<KioskState>('kiosk_start', { session, phase, pin })
}

/** Reads whether a kiosk runs (after an unlock, a reload or a restart). */
export async function refreshKiosk() {
  try {
    kiosk.running = await call<KioskState>('kiosk_state')
  } catch (err) {
    if (isIpcError(err) && err.code === 'not-found') kiosk.running = null
    else throw err
  }
}

export const kioskBegin = (code: string) => call<KioskTaking>('kiosk_begin', { code })
export const kioskAnswer = (answer: AnswerInput) => call<void>('kiosk_answer', { answer })
export const kioskReview = () => call<Reviewed[]>('kiosk_review')
export const kioskNext = () => call<void>('kiosk_next')
export const kioskExit = (secret: string) => call<Exit>('kiosk_exit', { secret })
