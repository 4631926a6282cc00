import { describe, expect, it } from 'vitest'
import { blankSgic, fromCode, isBlank, toParts } from './sgic'

describe('own-code boxes', () => {
  it('start empty, and empty means no own code', () => {
    expect(isBlank(blankSgic())).toBe(true)
    expect(isBlank({ ...blankSgic(), birthMonth: '5' })).toBe(false)
  })

  it('send what was typed, and refuse what is not a number', () => {
    expect(toParts({ parentLetters: 'ma', birthMonth: '5', olderSiblings: '0', birthplaceLetter: 'l' })).toEqual({
      parentLetters: 'ma',
      birthMonth: 5,
      olderSiblings: 0,
      birthplaceLetter: 'l',
    })
    expect(toParts({ ...blankSgic(), birthMonth: 'x' }).birthMonth).toBe(255)
    expect(toParts(blankSgic()).olderSiblings).toBe(255)
  })

  it('read a stored code back into the boxes', () => {
    expect(fromCode('MA-05-2-L')).toEqual({ parentLetters: 'MA', birthMonth: '5', olderSiblings: '2', birthplaceLetter: 'L' })
    expect(fromCode(null)).toEqual(blankSgic())
  })
})
