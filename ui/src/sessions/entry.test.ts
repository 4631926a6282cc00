import { describe, expect, it } from 'vitest'
import type { ItemView } from '../ipc/bindings/ItemView'
import { acceptKeys, formatCell, parseCell } from './entry'
import { percent } from './sessions'

const item = (kind: ItemView['kind'], ids: string[]): ItemView => ({
  id: 'x',
  kind,
  domain: 'signs',
  prompt: 'P',
  options: ids.map((id, i) => ({ id, text: id, key: kind === 'agree' ? String(i + 1) : String.fromCharCode(65 + i) })),
  answer: [],
  explanation: null,
  myth: null,
})

describe('paper entry cells', () => {
  it('reads letters for options and digits for agreement', () => {
    const single = item('single', ['a', 'b', 'c', 'd'])
    expect(parseCell(single, 'c')).toEqual(['c'])
    expect(parseCell(single, '')).toEqual([])
    expect(parseCell(single, 'e')).toBeNull()
    expect(parseCell(single, 'ab')).toBeNull()
    const tf = item('truefalse', ['true', 'false', 'dontknow'])
    expect(parseCell(tf, 'B')).toEqual(['false'])
    expect(parseCell(tf, 'c')).toEqual(['dontknow'])
    const agree = item('agree', ['1', '2', '3', '4', '5'])
    expect(parseCell(agree, '4')).toEqual(['4'])
    expect(parseCell(agree, 'a')).toBeNull()
  })

  it('takes several letters for multiple select, in any order, and writes them back', () => {
    const multi = item('multi', ['a', 'b', 'c', 'd', 'e'])
    expect(parseCell(multi, 'd,a c')).toEqual(['d', 'a', 'c'])
    expect(parseCell(multi, 'aa')).toEqual(['a'])
    expect(formatCell(multi, ['d', 'a'])).toBe('AD')
  })
})

describe('typing in a cell', () => {
  it('keeps only the item\'s keys and says when something else was typed', () => {
    const single = item('single', ['a', 'b', 'c', 'd'])
    expect(acceptKeys(single, 'c')).toEqual({ value: 'C', refused: false })
    expect(acceptKeys(single, 'CA')).toEqual({ value: 'A', refused: false })
    expect(acceptKeys(single, 'x')).toEqual({ value: '', refused: true })
    const multi = item('multi', ['a', 'b', 'c', 'd', 'e'])
    expect(acceptKeys(multi, 'eab')).toEqual({ value: 'ABE', refused: false })
    expect(acceptKeys(multi, 'acea')).toEqual({ value: 'ACE', refused: false })
    expect(acceptKeys(multi, 'acf')).toEqual({ value: 'AC', refused: true })
    const agree = item('agree', ['1', '2', '3', '4', '5'])
    expect(acceptKeys(agree, '7')).toEqual({ value: '', refused: true })
    expect(acceptKeys(agree, '4')).toEqual({ value: '4', refused: false })
  })
})

describe('session helpers', () => {
  it('formats percentages', () => {
    expect(percent(3, 4)).toBe('75 %')
    expect(percent(0, 0)).toBe('–')
  })
})
