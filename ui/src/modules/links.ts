// Content links point to sources on the web. The app is offline and must never navigate its
// own window away, so a click on a link does nothing; the address stays readable as text.
export function keepLinksOutside(node: HTMLElement) {
  const block = (event: MouseEvent) => {
    if ((event.target as HTMLElement | null)?.closest('a')) event.preventDefault()
  }
  node.addEventListener('click', block)
  node.addEventListener('auxclick', block)
  return {
    destroy() {
      node.removeEventListener('click', block)
      node.removeEventListener('auxclick', block)
    },
  }
}
