import { describe, expect, it } from 'vitest'
import type { ModuleSummary } from '../ipc/bindings/ModuleSummary'
import { filterModules, fold } from './modules'
import { actionForKey, move } from './presenter'

const summary = (id: string, title: string, audiences: ModuleSummary['audiences']): ModuleSummary => ({
  id,
  version: 1,
  order: 1,
  minutes: 20,
  audiences,
  lang: 'fr',
  title,
  summary: 'Résumé',
  languages: ['en', 'fr'],
  slideCount: 10,
  hasProblems: false,
})

const modules = [
  summary('fentanyl-exposure', 'Exposition au fentanyl', ['officers', 'clinical']),
  summary('overdose-basics', 'Reconnaître une surdose', ['custody', 'peers', 'clinical', 'officers']),
  summary('after-release', 'Après la sortie', ['custody', 'peers']),
]

describe('module library filters', () => {
  it('filters by audience', () => {
    expect(filterModules(modules, 'officers', '').map((m) => m.id)).toEqual(['fentanyl-exposure', 'overdose-basics'])
    expect(filterModules(modules, null, '')).toHaveLength(3)
  })

  it('searches titles ignoring case and accents, every word', () => {
    expect(filterModules(modules, null, 'reconnaitre SURDOSE').map((m) => m.id)).toEqual(['overdose-basics'])
    expect(filterModules(modules, null, 'apres').map((m) => m.id)).toEqual(['after-release'])
    expect(filterModules(modules, 'officers', 'apres')).toEqual([])
    expect(fold('Ação')).toBe('acao')
  })
})

describe('presenter keys', () => {
  const key = (k: string, shiftKey = false) => actionForKey({ key: k, shiftKey, ctrlKey: false, altKey: false, metaKey: false })

  it('maps clicker and keyboard keys', () => {
    expect(key('PageDown')).toBe('next')
    expect(key('PageUp')).toBe('previous')
    expect(key(' ')).toBe('next')
    expect(key(' ', true)).toBe('previous')
    expect(key('ArrowLeft')).toBe('previous')
    expect(key('n')).toBe('notes')
    expect(key('.')).toBe('blank')
    expect(key('Escape')).toBe('exit')
    expect(key('x')).toBeNull()
    expect(actionForKey({ key: 'ArrowRight', shiftKey: false, ctrlKey: true, altKey: false, metaKey: false })).toBeNull()
  })

  it('moves within the slides', () => {
    expect(move(0, 5, 'previous')).toBe(0)
    expect(move(4, 5, 'next')).toBe(4)
    expect(move(2, 5, 'first')).toBe(0)
    expect(move(2, 5, 'last')).toBe(4)
    expect(move(2, 5, 'notes')).toBe(2)
  })
})
