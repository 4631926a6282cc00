// Typing a paper answer sheet into the grid. Every option's key (A, B, C…, or 1–5 for
// agreement) comes from the core, which prints the same key beside its box on the sheet.
// A cell takes those keys; several letters for "select all that apply".
import type { ItemView } from '../ipc/bindings/ItemView'

/** The option ids a typed cell stands for, or null when it holds a key the item lacks. */
export function parseCell(item: ItemView, text: string): string[] | null {
  const keys = [...text.toUpperCase().replace(/[\s,;]/g, '')]
  const chosen: string[] = []
  for (const key of keys) {
    const index = item.options.findIndex((o) => o.key === key)
    if (index < 0) return null
    const id = item.options[index].id
    if (!chosen.includes(id)) chosen.push(id)
  }
  if (item.kind !== 'multi' && chosen.length > 1) return null
  return chosen
}

/** The cell text for recorded option ids. */
export function formatCell(item: ItemView, chosen: readonly string[]): string {
  return item.options
    .map((o) => (chosen.includes(o.id) ? o.key : ''))
    .join('')
}

/** Whether typing `key` completes the cell (single-answer kinds move on at once). */
export function completesCell(item: ItemView): boolean {
  return item.kind !== 'multi'
}

/**
 * What a cell keeps of what was typed in it: only its item's keys, in the order of the
 * options, each once; a single-answer cell keeps the last key typed. `refused` is set
 * when something else was typed, so the grid can say so.
 */
export function acceptKeys(item: ItemView, typed: string): { value: string; refused: boolean } {
  const keys = item.options.map((o) => o.key)
  const chars = [...typed.toUpperCase()].filter((c) => !/[\s,;]/.test(c))
  const refused = chars.some((c) => !keys.includes(c))
  const valid = chars.filter((c) => keys.includes(c))
  if (item.kind !== 'multi') return { value: valid.at(-1) ?? '', refused }
  return { value: keys.filter((k) => valid.includes(k)).join(''), refused }
}
