// Keys and menus that would leave the app's own screens: the browser engine's reload,
// print, zoom, source and inspector keys, and its context menu (Back, Reload, Inspect
// Element). Blocked in every window, whoever sits at the keyboard.

/** Whether a key press belongs to the browser engine rather than to Respond. */
export function isEngineKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): boolean {
  const key = e.key.toLowerCase()
  if (key === 'f5' || key === 'f7' || key === 'f12' || key === 'browserback' || key === 'browserforward' || key === 'browserrefresh') return true
  if (e.altKey && (key === 'arrowleft' || key === 'arrowright' || key === 'home')) return true
  const command = e.ctrlKey || e.metaKey
  if (!command) return false
  if (e.shiftKey && ['i', 'j', 'c', 'k', 'r'].includes(key)) return true
  return ['r', 'p', 'u', 's', 'o', 'g', 'f', 'h', 'j', '+', '-', '=', '0', '[', ']'].includes(key)
}

/** Installs the guard on `target` (the window), before any other handler sees the keys. */
export function guardWindow(target: Window) {
  target.addEventListener('contextmenu', (e) => e.preventDefault(), true)
  target.addEventListener(
    'keydown',
    (e) => {
      if (isEngineKey(e)) {
        e.preventDefault()
        e.stopPropagation()
      }
    },
    true,
  )
  // Dropping a file or a link on the window would navigate away from the app.
  target.addEventListener('dragover', (e) => e.preventDefault(), true)
  target.addEventListener('drop', (e) => e.preventDefault(), true)
}
