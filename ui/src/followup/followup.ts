import type { Candidate } from '../ipc/bindings/Candidate'
import type { FollowupWindow } from '../ipc/bindings/FollowupWindow'
import type { Language } from '../ipc/bindings/Language'
import type { MatchRate } from '../ipc/bindings/MatchRate'
import type { Method } from '../ipc/bindings/Method'
import type { SgicParts } from '../ipc/bindings/SgicParts'
import type { SiteFollowup } from '../ipc/bindings/SiteFollowup'
import { call } from '../ipc/invoke'
import { savePrintout } from '../print/print'

export const followupOverview = () => call<SiteFollowup[]>('followup_overview')
export const setFollowupWindow = (window: FollowupWindow) => call<void>('set_followup_window', { window })
export const findByCode = (code: string) => call<Candidate>('find_by_code', { code })
export const findBySgic = (parts: SgicParts, site: number | null) => call<Candidate[]>('find_by_sgic', { parts, site })
export const confirmMatch = (participant: number, method: Method, similarity: number) => call<void>('confirm_match', { participant, method, similarity })
export const recordNoMatch = (site: number | null) => call<void>('record_no_match', { site })
export const matchRate = (site: number | null) => call<MatchRate>('match_rate', { site })
export const recordBooster = (participant: number, module: string) => call<void>('record_booster', { participant, module })
export const saveCalendar = (site: number, lang: Language) => call<string>('save_calendar', { site, lang })
export const saveRecallList = (site: number, lang: Language, names: boolean) =>
  savePrintout({ kind: 'recallList', site, lang, paper: 'a4', names })

/** A similarity (0–1) as a whole percent. */
export const similarityPercent = (similarity: number) => Math.round(similarity * 100)
