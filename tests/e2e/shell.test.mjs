// The window, the navigation and the language switcher, as a trainer uses them.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { launch, LANGUAGES, messages, NAV_IDS, navLabels, newDataDir, screenshot } from './harness.mjs'

test('the window opens, titled Respond, with its seven sections', { timeout: 120_000 }, async () => {
  const app = await launch({ env: { LANG: 'en_GB.UTF-8', LC_ALL: 'en_GB.UTF-8' } })
  try {
    const { browser } = app
    assert.equal(await browser.getTitle(), 'Respond')
    const en = messages('en')
    assert.deepEqual(await navLabels(browser), NAV_IDS.map((id) => en[id]))
    assert.equal(await browser.$('h1').getText(), en['modules-title'])
    await screenshot(browser, 'shell-en')
  } finally {
    await app.close()
  }
})

test('switching the language changes every navigation label at once, in each of the five', { timeout: 120_000 }, async () => {
  const app = await launch({ env: { LANG: 'en_GB.UTF-8', LC_ALL: 'en_GB.UTF-8' } })
  try {
    const { browser } = app
    const seen = new Set()
    for (const lang of [...LANGUAGES.slice(1), 'en']) {
      await browser.$('#language-switcher').selectByAttribute('value', lang)
      const m = messages(lang)
      const expected = NAV_IDS.map((id) => m[id])
      await browser.waitUntil(async () => JSON.stringify(await navLabels(browser)) === JSON.stringify(expected), {
        timeout: 5000,
        timeoutMsg: `navigation is not in ${lang}: ${await navLabels(browser)}`,
      })
      assert.equal(await browser.$('h1').getText(), m['modules-title'])
      assert.equal(await browser.$('html').getAttribute('lang'), lang)
      seen.add(expected.join('|'))
      await screenshot(browser, `shell-${lang}`)
    }
    assert.equal(seen.size, 5, 'each language has its own labels')
  } finally {
    await app.close()
  }
})

test('the chosen language and text size survive a restart', { timeout: 120_000 }, async () => {
  const dataDir = newDataDir()
  const env = { LANG: 'en_GB.UTF-8', LC_ALL: 'en_GB.UTF-8' }
  let app = await launch({ dataDir, env })
  try {
    await app.browser.$('#language-switcher').selectByAttribute('value', 'nl')
    await app.browser.$('button[data-area="settings"]').click()
    await app.browser.$('label[data-size="larger"]').click()
    assert.equal(await app.browser.$('html').getAttribute('data-text-size'), 'larger')
    await screenshot(app.browser, 'settings-nl-larger')
  } finally {
    await app.close()
  }
  app = await launch({ dataDir, env })
  try {
    const nl = messages('nl')
    assert.deepEqual(await navLabels(app.browser), NAV_IDS.map((id) => nl[id]))
    assert.equal(await app.browser.$('#language-switcher').getValue(), 'nl')
    assert.equal(await app.browser.$('html').getAttribute('data-text-size'), 'larger')
  } finally {
    await app.close()
  }
})

test('the first run speaks the OS language when it is one of the five, else English', { timeout: 120_000 }, async () => {
  for (const [locale, lang] of [['pt_PT.UTF-8', 'pt'], ['fr_BE.UTF-8', 'fr'], ['ja_JP.UTF-8', 'en']]) {
    const app = await launch({ env: { LANG: locale, LC_ALL: locale, LC_MESSAGES: locale } })
    try {
      const m = messages(lang)
      assert.deepEqual(await navLabels(app.browser), NAV_IDS.map((id) => m[id]), `${locale} → ${lang}`)
    } finally {
      await app.close()
    }
  }
})

test('the keyboard reaches everything, with a skip link first', { timeout: 120_000 }, async () => {
  const app = await launch({ env: { LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' } })
  try {
    const { browser } = app
    await browser.keys('Tab')
    const first = await browser.execute(() => document.activeElement?.getAttribute('href'))
    assert.equal(first, '#content')
    // Tab to the Results section and open it with Enter.
    for (let i = 0; i < 12; i++) {
      const area = await browser.execute(() => document.activeElement?.getAttribute('data-area'))
      if (area === 'results') break
      await browser.keys('Tab')
    }
    await browser.keys('Enter')
    assert.equal(await browser.$('h1').getText(), messages('de')['results-title'])
    await screenshot(browser, 'results-de-keyboard')
  } finally {
    await app.close()
  }
})
