// Typing a paper answer sheet into the grid. Every item's boxes are lettered on the sheet:
// A, B, C… for options in order (true / false / don't know are A / B / C), and 1–5 for
// agreement. A cell takes those keys; several letters for "select all that apply".
import type { ItemView } from '../ipc/bindings/ItemView'

/** The key printed next to option `index` of `item`. */
export function keyOf(item: ItemView, index: number): string {
  return item.kind === 'agree' ? String(index + 1) : String.fromCharCode(65 + index)
}

/** The option ids a typed cell stands for, or null when it holds a key the item lacks. */
export function parseCell(item: ItemView, text: string): string[] | null {
  const keys = [...text.toUpperCase().replace(/[\s,;]/g, '')]
  const chosen: string[] = []
  for (const key of keys) {
    const index = item.options.findIndex((_, i) => keyOf(item, i) === key)
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
    .map((o, i) => (chosen.includes(o.id) ? keyOf(item, i) : ''))
    .join('')
}

/** Whether typing `key` completes the cell (single-answer kinds move on at once). */
export function completesCell(item: ItemView): boolean {
  return item.kind !== 'multi'
}
