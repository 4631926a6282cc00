// The sections of the app, in navigation order.
export type AreaId = 'modules' | 'sessions' | 'followup' | 'results' | 'programme' | 'print' | 'settings'

export const AREAS: readonly AreaId[] = ['modules', 'sessions', 'followup', 'results', 'programme', 'print', 'settings']
