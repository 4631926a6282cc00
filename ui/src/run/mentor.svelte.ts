// Mentor mode: on, the app shows only "Run a session", Modules and Print, in larger text,
// and the shell refuses whatever could delete or change the set-up until it is left.
import { call } from '../ipc/invoke'

export const mentor = $state({ on: false })

export async function refreshMentor() {
  mentor.on = await call<boolean>('mentor_state').catch(() => false)
}

export async function turnOnMentor(pin: string) {
  await call<void>('mentor_on', { pin })
  mentor.on = true
}

/** Leaves mentor mode with its PIN or the passphrase; false when it is neither. */
export async function leaveMentor(secret: string): Promise<boolean> {
  const left = await call<boolean>('mentor_leave', { secret })
  if (left) mentor.on = false
  return left
}
