import { describe, expect, it } from 'vitest'
import { buildBundles, format, LANGUAGES, localeFiles, negotiate } from './messages'

const files = localeFiles()

describe('locale files as the UI reads them', () => {
  it('finds files for all five languages', () => {
    const langs = new Set(Object.keys(files).map((p) => p.split('/').at(-2)))
    expect([...langs].sort()).toEqual(LANGUAGES.map((l) => l.code).sort())
  })

  it('parses every file without errors', () => {
    expect(buildBundles(files).errors).toEqual([])
  })

  it('gives every navigation label in every language, each different from English but the shared ones', () => {
    const { bundles } = buildBundles(files)
    const ids = ['nav-modules', 'nav-sessions', 'nav-followup', 'nav-results', 'nav-print', 'nav-settings']
    for (const { code } of LANGUAGES) {
      for (const id of ids) expect(format(bundles.get(code)!, id)).not.toBe(id)
    }
    expect(format(bundles.get('de')!, 'nav-settings')).toBe('Einstellungen')
    expect(format(bundles.get('pt')!, 'nav-results')).toBe('Resultados')
  })

  it('formats variables and shows the id of a missing message', () => {
    const { bundles } = buildBundles(files)
    expect(format(bundles.get('fr')!, 'settings-version', { version: '1.2.3' })).toContain('1.2.3')
    expect(format(bundles.get('nl')!, 'no-such-message')).toBe('no-such-message')
  })

  it('reports a message defined twice across files', () => {
    const { errors } = buildBundles({
      '../../../locales/fr/a.ftl': 'same = Un\n',
      '../../../locales/fr/b.ftl': 'same = Deux\n',
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain('fr/b.ftl')
  })
})

describe('negotiate', () => {
  it('picks the first of the five languages among the OS tags', () => {
    expect(negotiate(['es-ES', 'pt-PT', 'en'])).toBe('pt')
    expect(negotiate(['fr_BE.UTF-8'])).toBe('fr')
    expect(negotiate(['ja', 'zh'])).toBeUndefined()
  })
})
