// The four answers of a person's own code as typed: every box starts empty, so typing
// "5" in the month gives 5, and leaving all four empty means no own code. The core
// checks the parts and builds the code.
import type { SgicParts } from '../ipc/bindings/SgicParts'

export type SgicText = { parentLetters: string; birthMonth: string; olderSiblings: string; birthplaceLetter: string }

export const blankSgic = (): SgicText => ({ parentLetters: '', birthMonth: '', olderSiblings: '', birthplaceLetter: '' })

export function isBlank(t: SgicText): boolean {
  return !t.parentLetters.trim() && !t.birthMonth.trim() && !t.olderSiblings.trim() && !t.birthplaceLetter.trim()
}

/** A box of digits as a number; anything else as a value the core refuses (incomplete). */
function whole(text: string): number {
  return /^\d{1,2}$/.test(text.trim()) ? Number(text.trim()) : 255
}

export function toParts(t: SgicText): SgicParts {
  return { parentLetters: t.parentLetters, birthMonth: whole(t.birthMonth), olderSiblings: whole(t.olderSiblings), birthplaceLetter: t.birthplaceLetter }
}

/** The boxes for a stored own code such as `MA-05-2-L`. */
export function fromCode(code: string | null): SgicText {
  if (!code) return blankSgic()
  const [parentLetters = '', month = '', siblings = '', birthplaceLetter = ''] = code.split('-')
  return { parentLetters, birthMonth: String(Number(month)), olderSiblings: siblings, birthplaceLetter }
}
