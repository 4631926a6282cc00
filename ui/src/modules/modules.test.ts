import { describe, expect, it } from 'vitest'
import type { ModuleSummary } from '../ipc/bindings/ModuleSummary'
import { filterModules, fold } from './modules'
import { moduleFrame } from '../projector/projector'
import { actionForKey, clock, move } from './presenter'

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

describe('the presenter console', () => {
  it('shows the elapsed time as a clock', () => {
    expect(clock(0)).toBe('0:00')
    expect(clock(59_999)).toBe('0:59')
    expect(clock(61_000)).toBe('1:01')
    expect(clock(3_600_000 + 5 * 60_000 + 7_000)).toBe('1:05:07')
    expect(clock(-5)).toBe('0:00')
  })

  it('frames a module as the projector shows it: title first, then slides without notes', () => {
    const module = {
      id: 'm',
      version: 1,
      lang: 'fr',
      minutes: 10,
      audiences: [],
      title: 'Surdose',
      summary: 'Résumé',
      objectives: [],
      slides: [{ id: 's1', title: 'Reconnaître', html: '<p>Corps</p>', notesHtml: '<p>Secret</p>' }],
      sources: [],
    } as const
    expect(moduleFrame(module as never, 0)).toEqual({ kind: 'title', lang: 'fr', title: 'Surdose', summary: 'Résumé' })
    const slide = moduleFrame(module as never, 1)
    expect(slide).toEqual({ kind: 'slide', lang: 'fr', moduleTitle: 'Surdose', title: 'Reconnaître', html: '<p>Corps</p>' })
    expect(JSON.stringify(slide)).not.toContain('Secret')
    expect(moduleFrame(module as never, 9)).toEqual(slide)
  })
})
