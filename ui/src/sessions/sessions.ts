import type { Kit } from '../ipc/bindings/Kit'
import type { KitStatus } from '../ipc/bindings/KitStatus'
import type { AnswerInput } from '../ipc/bindings/AnswerInput'
import type { Distribution } from '../ipc/bindings/Distribution'
import type { Language } from '../ipc/bindings/Language'
import type { Participant } from '../ipc/bindings/Participant'
import type { ParticipantInput } from '../ipc/bindings/ParticipantInput'
import type { Phase } from '../ipc/bindings/Phase'
import type { QuizInfo } from '../ipc/bindings/QuizInfo'
import type { QuizView } from '../ipc/bindings/QuizView'
import type { Session } from '../ipc/bindings/Session'
import type { SessionInput } from '../ipc/bindings/SessionInput'
import type { SessionResults } from '../ipc/bindings/SessionResults'
import type { Site } from '../ipc/bindings/Site'
import { call } from '../ipc/invoke'
import { savePrintout } from '../print/print'
import type { Paper } from '../ipc/bindings/Paper'

export const listSessions = () => call<Session[]>('list_sessions')
export const listSites = () => call<Site[]>('list_sites')
export const getSession = (id: number) => call<Session>('get_session', { id })
export const createSession = (input: SessionInput) => call<Session>('create_session', { input })
export const updateSession = (id: number, input: SessionInput) => call<Session>('update_session', { id, input })
export const closeSession = (id: number, closed: boolean) => call<Session>('close_session', { id, closed })
export const deleteSession = (id: number) => call<void>('delete_session', { id })

/** A person as a list option shows them: code, then the name cut to `max` characters, since
 * a select is as wide as its longest option. */
export const personLabel = (p: Participant, max: number) =>
  p.name ? `${p.code} · ${p.name.length > max ? `${p.name.slice(0, max - 1)}…` : p.name}` : p.code

export const listParticipants = (session: number) => call<Participant[]>('list_participants', { session })
export const addParticipant = (session: number, input: ParticipantInput) => call<Participant>('add_participant', { session, input })
export const updateParticipant = (id: number, input: ParticipantInput) => call<Participant>('update_participant', { id, input })
export const removeParticipant = (id: number) => call<void>('remove_participant', { id })
export const undoAddParticipant = (id: number) => call<void>('undo_add_participant', { id })
export const setKit = (participant: number, kit: Kit | null) => call<void>('set_kit', { participant, kit })
export const KIT_STATUSES: readonly KitStatus[] = ['at-training', 'in-property', 'on-release', 'declined']

export const listQuizzes = (lang: Language) => call<QuizInfo[]>('list_quizzes', { lang })
export const getQuiz = (id: string, lang: Language) => call<QuizView>('get_quiz', { id, lang })
export const recordSheet = (participant: number, phase: Phase, answers: AnswerInput[]) => call<void>('record_sheet', { participant, phase, answers })
export const getAnswers = (participant: number, phase: Phase) => call<Record<string, string[]>>('get_answers', { participant, phase })
export const sessionResults = (session: number) => call<SessionResults>('session_results', { session })
export const answerDistribution = (session: number, phase: Phase, item: string) => call<Distribution>('answer_distribution', { session, phase, item })

export const printAnswerSheets = (session: number, phase: Phase, paper: Paper, blank: number) =>
  savePrintout({ kind: 'answerSheets', session, phase, paper, blank })

/** Today as YYYY-MM-DD, as the core counts it (UTC), so that every date agrees. */
export const today = () => call<string>('today')

export function percent(correct: number, total: number): string {
  return total ? `${Math.round((100 * correct) / total)} %` : '–'
}
