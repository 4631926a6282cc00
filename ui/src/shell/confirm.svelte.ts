// One in-page question before anything that cannot be taken back. `ask` resolves true
// only when the person chose the action; Escape, Cancel, or a second question resolve
// false. (With the dialog plugin loaded, `window.confirm` returns a Promise, which is
// always truthy: it must never be used.)

export type Question = {
  message: string
  /** The button that acts, named for what it does ("Remove TWF-XH3"). */
  action: string
  resolve: (confirmed: boolean) => void
}

export const confirmation = $state<{ open: Question | null }>({ open: null })

export function ask(message: string, action: string): Promise<boolean> {
  confirmation.open?.resolve(false)
  return new Promise((resolve) => {
    confirmation.open = { message, action, resolve }
  })
}

export function answer(confirmed: boolean) {
  const open = confirmation.open
  confirmation.open = null
  open?.resolve(confirmed)
}
