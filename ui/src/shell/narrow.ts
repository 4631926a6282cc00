// Whether the window is narrow for its text: fewer than 62 rem across, as a 1024×768
// laptop is at any text size and a 1280×800 one at the larger ones. Marked on the root
// (`data-narrow`) so that every page's CSS can lay out for it; media queries cannot, as
// their rem ignores the text-size setting.
const NARROW_REM = 62

export function isNarrow(widthPx: number, remPx: number): boolean {
  return widthPx / (remPx || 16) < NARROW_REM
}

/** Keeps `data-narrow` on the root true to the window's width and the text size. */
export function watchNarrow(): () => void {
  const root = document.documentElement
  const measure = () => root.toggleAttribute('data-narrow', isNarrow(window.innerWidth, parseFloat(getComputedStyle(root).fontSize)))
  const observer = new MutationObserver(measure)
  observer.observe(root, { attributes: true, attributeFilter: ['data-text-size'] })
  window.addEventListener('resize', measure)
  measure()
  return () => {
    observer.disconnect()
    window.removeEventListener('resize', measure)
  }
}
