import type { ExportOptions } from '../ipc/bindings/ExportOptions'
import type { ItemAnalysis } from '../ipc/bindings/ItemAnalysis'
import type { Language } from '../ipc/bindings/Language'
import type { ResultsView } from '../ipc/bindings/ResultsView'
import type { Scope } from '../ipc/bindings/Scope'
import type { Summary } from '../ipc/bindings/Summary'
import { call } from '../ipc/invoke'
import { runJob } from '../jobs/jobs.svelte'
import { savePrintout } from '../print/print'

export const itemAnalysis = (scope: Scope, lang: Language) => call<ItemAnalysis>('item_analysis', { scope, lang })
export const resultsView = (scope: Scope, lang: Language) => call<ResultsView>('results_view', { scope, lang })
export const loadDemo = (lang: Language) => runJob<Summary>('load_demo', { lang })
export const saveExport = (scope: Scope, options: ExportOptions) => runJob<string>('save_export', { scope, options })
export const saveExportAs = (scope: Scope, options: ExportOptions, title: string) => runJob<string | null>('save_export_as', { scope, options, title })
export const saveReport = (scope: Scope, lang: Language) => savePrintout({ kind: 'report', scope, lang, paper: 'a4' })

/** A number in the reader's language, or a dash when there is none. */
import { formatNumber } from '../i18n/numbers'

export { formatNumber }

/** A count, or "< 5" where it is suppressed. */
export const formatCount = (value: number | null | undefined, min = 5) => (value === null || value === undefined ? `< ${min}` : String(value))

/** A p-value with its relation: "= 0.012", or "< 0.001". */
export const formatP = (lang: Language, p: number) => (p < 0.001 ? `< ${formatNumber(lang, 0.001, 3)}` : `= ${formatNumber(lang, p, 3)}`)
