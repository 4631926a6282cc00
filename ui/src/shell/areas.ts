// The sections of the app, in navigation order. `plan` lists what a section not built yet
// will do: it is shown instead of an empty page.
export type AreaId = 'modules' | 'sessions' | 'followup' | 'results' | 'print' | 'settings'

export interface Area {
  id: AreaId
  plan: number
}

export const AREAS: readonly Area[] = [
  { id: 'modules', plan: 0 },
  { id: 'sessions', plan: 0 },
  { id: 'followup', plan: 3 },
  { id: 'results', plan: 3 },
  { id: 'print', plan: 0 },
  { id: 'settings', plan: 0 },
]
