import type { PrintRequest } from '../ipc/bindings/PrintRequest'
import type { Skipped } from '../ipc/bindings/Skipped'
import { call } from '../ipc/invoke'
import { runJob } from '../jobs/jobs.svelte'

/** The PDF's bytes, to show its first page. */
export const previewPrintout = (request: PrintRequest) => runJob<ArrayBuffer>('preview_printout', { request })
/** Saves the PDF in the print folder; returns its path. */
export const savePrintout = (request: PrintRequest) => runJob<string>('save_printout', { request })
/** Asks where to save with the system's dialog; null when cancelled. */
export const savePrintoutAs = (request: PrintRequest, title: string) => runJob<string | null>('save_printout_as', { request, title })
export const openPrintout = (path: string) => call<void>('open_printout', { path })
/** Where Save puts files: shown before anything is written. */
export const printFolder = () => call<string>('print_folder')
export const certificateSkips = (session: number) => call<Skipped[]>('certificate_skips', { session })
export const deleteOldPrintouts = (days: number) => call<number>('delete_old_printouts', { days })
