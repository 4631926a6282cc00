import { describe, expect, it } from 'vitest'
import { isEngineKey } from './guard'

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) =>
  isEngineKey({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods })

describe('engine keys', () => {
  it('blocks reload, print, zoom, source and the inspector', () => {
    expect(press('F5')).toBe(true)
    expect(press('r', { ctrlKey: true })).toBe(true)
    expect(press('R', { ctrlKey: true, shiftKey: true })).toBe(true)
    expect(press('p', { ctrlKey: true })).toBe(true)
    expect(press('+', { ctrlKey: true })).toBe(true)
    expect(press('0', { metaKey: true })).toBe(true)
    expect(press('I', { ctrlKey: true, shiftKey: true })).toBe(true)
    expect(press('F12')).toBe(true)
    expect(press('ArrowLeft', { altKey: true })).toBe(true)
  })

  it('leaves typing, copying and moving around alone', () => {
    for (const key of ['a', 'R', '5', 'Enter', 'Tab', 'Escape', 'ArrowLeft', 'Backspace', ' ']) expect(press(key)).toBe(false)
    expect(press('c', { ctrlKey: true })).toBe(false)
    expect(press('v', { ctrlKey: true })).toBe(false)
    expect(press('a', { ctrlKey: true })).toBe(false)
    expect(press('z', { ctrlKey: true })).toBe(false)
    expect(press('Tab', { shiftKey: true })).toBe(false)
  })
})
