import type { ChecklistView } from '../ipc/bindings/ChecklistView'
import type { Draft } from '../ipc/bindings/Draft'
import type { Language } from '../ipc/bindings/Language'
import type { Mark } from '../ipc/bindings/Mark'
import type { Phase } from '../ipc/bindings/Phase'
import type { RolePlay } from '../ipc/bindings/RolePlay'
import type { RolePlayInput } from '../ipc/bindings/RolePlayInput'
import { call } from '../ipc/invoke'

export const roleplayChecklist = (session: number, lang: Language) => call<ChecklistView>('roleplay_checklist', { session, lang })
export const roleplayList = (session: number) => call<RolePlay[]>('roleplay_list', { session })
export const roleplaySave = (input: RolePlayInput) => call<void>('roleplay_save', { input })
export const roleplayRemove = (participant: number, phase: Phase) => call<void>('roleplay_remove', { participant, phase })
/** The role-play under way, kept in the database at each tick: a reload or a restart loses nothing. */
export const roleplayDraft = (session: number) => call<Draft | null>('roleplay_draft', { session })
export const roleplayUnderWay = () => call<number | null>('roleplay_under_way')
let keeping: Promise<unknown> = Promise.resolve()
/** Writes go one after another: a slow write must never land after a newer one (a saved
 * role-play would otherwise come back as under way). */
export function keepDraft(session: number, draft: Draft | null): Promise<void> {
  const next = keeping.catch(() => {}).then(() => call<void>('roleplay_keep_draft', { session, draft }))
  keeping = next
  return next
}

/** Milliseconds as the clock shows them: m:ss. */
export function clock(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000))
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}

/** Ticks `id` at `at` ms, or takes back an earlier tick of it. */
export function toggle(marks: Mark[], id: string, at: number): Mark[] {
  return marks.some((m) => m.id === id) ? marks.filter((m) => m.id !== id) : [...marks, { id, atMs: Math.max(0, Math.round(at)) }]
}

/** The step a digit key ticks: 1 is the first step, 9 the ninth. */
export function stepForKey(key: string, steps: { id: string }[]): string | null {
  const n = /^[1-9]$/.test(key) ? Number(key) : 0
  return n > 0 && n <= steps.length ? steps[n - 1].id : null
}
