// Scanned answer sheets: the files chosen or dropped are read by the core; what was read
// fills the entry grid, and a sheet is stored only once the trainer has checked it.
import type { ConfirmedSheet } from '../ipc/bindings/ConfirmedSheet'
import type { ItemView } from '../ipc/bindings/ItemView'
import type { Phase } from '../ipc/bindings/Phase'
import type { ScanFolder } from '../ipc/bindings/ScanFolder'
import type { ScanResult } from '../ipc/bindings/ScanResult'
import type { SheetReading } from '../ipc/bindings/SheetReading'
import { call } from '../ipc/invoke'
import { formatCell } from '../sessions/entry'

export const pickScans = (title: string, folder: boolean) => call<string[]>('scan_pick', { title, folder })
export const scanFolder = () => call<ScanFolder>('scan_folder')
export const readScans = (session: number, phase: Phase, paths: string[]) => call<ScanResult>('scan_read', { session, phase, paths })
export const readScanAs = (session: number, phase: Phase, path: string, index: number, participant: number, page: number) =>
  call<SheetReading>('scan_read_as', { session, phase, path, index, participant, page })
export const saveScan = (phase: Phase, sheet: ConfirmedSheet) => call<void>('scan_save', { phase, sheet })

/** One grid row as read from scans, until it is saved. */
export interface ScannedRow {
  /** Each column's cell as read, to tell later which answers were kept as read. */
  read: string[]
  /** Columns a person must still look at. */
  uncertain: Set<number>
  /** The picture of each uncertain column's boxes. */
  crops: Map<number, string>
  missingPages: number[]
  files: string[]
}

/**
 * Lays `reading` over a row: the cells of the questions it holds, as the grid writes them
 * (option ids to this grid's keys). Questions not in the reading keep `row`'s values.
 * `page`: the one page read by hand, no longer missing.
 */
export function applyReading(items: ItemView[], cells: string[], reading: SheetReading, row?: ScannedRow, page?: number): ScannedRow {
  const out: ScannedRow = row ?? { read: [...cells], uncertain: new Set(), crops: new Map(), missingPages: [], files: [] }
  for (const item of reading.items) {
    const col = items.findIndex((i) => i.id === item.itemId)
    if (col < 0) continue
    cells[col] = formatCell(items[col], item.chosen)
    out.read[col] = cells[col]
    if (item.uncertain) out.uncertain.add(col)
    else out.uncertain.delete(col)
    if (item.crop) out.crops.set(col, item.crop)
  }
  out.missingPages = page === undefined ? reading.missingPages : out.missingPages.filter((p) => p !== page)
  out.files = [...new Set([...out.files, ...reading.files])]
  return out
}

/** The sheet to store: every answer as in the grid, and which were kept as read. */
export function confirmed(items: ItemView[], cells: string[], participant: number, row: ScannedRow, parse: (item: ItemView, text: string) => string[] | null): ConfirmedSheet {
  return {
    participant,
    answers: items.map((item, col) => ({ itemId: item.id, chosen: parse(item, cells[col]) ?? [] })),
    scanned: items.filter((_, col) => cells[col] === row.read[col]).map((i) => i.id),
    files: row.files,
  }
}
