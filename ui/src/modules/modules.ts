import type { Audience } from '../ipc/bindings/Audience'
import type { ModuleSummary } from '../ipc/bindings/ModuleSummary'
import type { ModuleView } from '../ipc/bindings/ModuleView'
import type { Language } from '../ipc/bindings/Language'
import type { Template } from '../ipc/bindings/Template'
import { call } from '../ipc/invoke'

export const AUDIENCES: readonly Audience[] = ['custody', 'peers', 'clinical', 'officers']

export const listModules = (lang: Language) => call<ModuleSummary[]>('list_modules', { lang })
export const getModule = (id: string, lang: Language) => call<ModuleView>('get_module', { id, lang })
export const listTemplates = () => call<Template[]>('list_templates')
export const contentProblems = (lang: Language) => call<string[]>('content_problems', { lang })

/** Folds case and accents so that "surdose" finds "Surdose" and "naloxona" finds "Naloxona". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase()
}

/** The modules for `audience` (all when null) whose title or summary holds every word of `query`. */
export function filterModules(modules: readonly ModuleSummary[], audience: Audience | null, query: string): ModuleSummary[] {
  const words = fold(query).split(/\s+/).filter(Boolean)
  return modules.filter((m) => {
    if (audience && !m.audiences.includes(audience)) return false
    const haystack = fold(`${m.title} ${m.summary}`)
    return words.every((w) => haystack.includes(w))
  })
}
