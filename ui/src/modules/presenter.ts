// What each key does in presenter mode. Clickers send PageUp/PageDown (some send arrows,
// and "." or "b" for a blank screen).
export type PresenterAction = 'next' | 'previous' | 'first' | 'last' | 'notes' | 'blank' | 'fullscreen' | 'exit'

const KEYS: Record<string, PresenterAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  Enter: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Backspace: 'previous',
  Home: 'first',
  End: 'last',
  n: 'notes',
  N: 'notes',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  f: 'fullscreen',
  F: 'fullscreen',
  F5: 'fullscreen',
  Escape: 'exit',
}

export function actionForKey(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey'>): PresenterAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null
  if (event.key === ' ' && event.shiftKey) return 'previous'
  return KEYS[event.key] ?? null
}

/** The slide index after `action`, kept within 0..count-1. */
export function move(index: number, count: number, action: PresenterAction): number {
  switch (action) {
    case 'next':
      return Math.min(index + 1, count - 1)
    case 'previous':
      return Math.max(index - 1, 0)
    case 'first':
      return 0
    case 'last':
      return count - 1
    default:
      return index
  }
}

/** Elapsed milliseconds as the presenter's clock shows them: m:ss, or h:mm:ss past an hour. */
export function clock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = String(total % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}
