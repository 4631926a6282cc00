// The guided session for peer mentors ("Run a session"): where it stands, kept by the core
// so that it resumes at the same step after a restart.
import type { ParticipantResult } from '../ipc/bindings/ParticipantResult'
import type { Phase } from '../ipc/bindings/Phase'
import type { Run } from '../ipc/bindings/Run'
import type { Step } from '../ipc/bindings/Step'
import { call } from '../ipc/invoke'

export const currentRun = () => call<Run | null>('run_current')
export const saveRun = (run: Run) => call<void>('run_save', { run })
export const finishRun = () => call<void>('run_finish')

/** The steps in order; the group comes first and makes the session. */
export const STEPS: readonly ('group' | Step)[] = ['group', 'people', 'pre', 'present', 'post', 'print', 'done']

/** People who finished the quiz at `phase`. */
export function finished(rows: readonly ParticipantResult[], phase: Phase): number {
  return rows.filter((r) => (phase === 'pre' ? r.pre : r.post)?.complete).length
}
