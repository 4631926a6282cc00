// The module library, the viewer and presenter mode, in all five content languages.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { launch, LANGUAGES, ROOT, screenshot } from './harness.mjs'

const MODULES = ['overdose-basics', 'responding', 'naloxone-naltrexone', 'rescue-breathing', 'fentanyl-exposure', 'after-release', 'myths']

/** The title and slide headings of a module file, as a translator wrote them. */
function moduleText(id, lang) {
  const text = readFileSync(path.join(ROOT, 'content/modules', id, `${lang}.md`), 'utf8')
  const title = JSON.parse(text.match(/^title = (".*")$/m)[1])
  const slides = [...text.matchAll(/^## (.*?)\s*\{#[a-z0-9-]+\}\s*$/gm)].map((m) => m[1])
  return { title, slides }
}

/** Text as WebDriver reads it: no-break spaces come back as plain spaces. */
const norm = (text) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim()

async function headingIs(browser, expected, message) {
  await browser.waitUntil(async () => norm(await browser.$('.presenter h1').getText()) === norm(expected), { timeout: 3000, timeoutMsg: message ?? `heading should be "${expected}"` })
}

const ENV = { LANG: 'en_GB.UTF-8', LC_ALL: 'en_GB.UTF-8' }

test('every module presents in every language, slide by slide, title first', { timeout: 600_000 }, async () => {
  const app = await launch({ env: ENV })
  try {
    const { browser } = app
    for (const lang of LANGUAGES) {
      await browser.$('#content-language').selectByAttribute('value', lang)
      for (const id of MODULES) {
        const { title, slides } = moduleText(id, lang)
        const card = await browser.$(`li[data-module="${id}"]`)
        await browser.waitUntil(async () => norm(await card.$('h2').getText()) === norm(title), { timeout: 5000, timeoutMsg: `${id} card is not in ${lang}` })
        await card.$('button.present').click()
        await browser.$('.presenter h1').waitForDisplayed({ timeout: 5000 })
        await headingIs(browser, title, `${id} ${lang}: the first heading is the translated title`)
        if (id === 'naloxone-naltrexone') await screenshot(browser, `present-${lang}-title`)
        for (const [i, heading] of slides.entries()) {
          await browser.keys(i % 2 ? 'PageDown' : 'ArrowRight')
          await headingIs(browser, heading, `${id} ${lang}: slide ${i + 1} should be "${heading}"`)
          if (id === 'naloxone-naltrexone' && i === 3) await screenshot(browser, `present-${lang}-diagram`)
        }
        // At the end, further presses stay on the last slide.
        await browser.keys('PageDown')
        await browser.pause(100)
        await headingIs(browser, slides.at(-1))
        await browser.keys('Escape')
        await browser.$('.presenter').waitForExist({ reverse: true, timeout: 3000 })
      }
    }
  } finally {
    await app.close()
  }
})

test('notes show on the trainer screen only when asked, and the keys go back', { timeout: 120_000 }, async () => {
  const app = await launch({ env: { LANG: 'fr_FR.UTF-8', LC_ALL: 'fr_FR.UTF-8' } })
  try {
    const { browser } = app
    await browser.$('#content-language').selectByAttribute('value', 'pt')
    await browser.$('li[data-module="responding"] button.present').click()
    await browser.$('.presenter h1').waitForDisplayed()
    // One display: no projector window, the slides on this screen as always.
    assert.equal(await browser.$('.presenter').getAttribute('data-projector'), 'none')
    assert.equal((await browser.getWindowHandles()).length, 1)
    await browser.keys('PageDown')
    assert.equal(await browser.$('.presenter .notes').isExisting(), false, 'notes are hidden at first')
    await browser.keys('n')
    const notes = await browser.$('.presenter .notes')
    await notes.waitForDisplayed()
    assert.ok((await notes.getText()).length > 100)
    await screenshot(browser, 'present-pt-notes-fr-ui')
    await browser.keys('PageUp')
    await headingIs(browser, moduleText('responding', 'pt').title)
    await browser.keys('b')
    await browser.$('.presenter h1').waitForExist({ reverse: true, timeout: 3000, timeoutMsg: 'blank screen hides the slide' })
    await browser.keys('ArrowRight')
    await headingIs(browser, moduleText('responding', 'pt').title, 'any key brings the slide back, without moving')
    await browser.keys('Escape')
  } finally {
    await app.close()
  }
})

test('the library filters by audience and finds titles without accents; the viewer shows the lesson', { timeout: 120_000 }, async () => {
  const app = await launch({ env: { LANG: 'nl_BE.UTF-8', LC_ALL: 'nl_BE.UTF-8' } })
  try {
    const { browser } = app
    const ids = async () => {
      const out = []
      for (const li of await browser.$$('li[data-module]')) out.push(await li.getAttribute('data-module'))
      return out
    }
    await browser.$('button[data-audience="officers"]').click()
    assert.ok(!(await ids()).includes('after-release'))
    assert.ok((await ids()).includes('fentanyl-exposure'))
    await browser.$('button[data-audience="all"]').click()
    await browser.$('#content-language').selectByAttribute('value', 'pt')
    await browser.$('#module-search').setValue('naltrexona')
    await browser.waitUntil(async () => (await ids()).length === 1)
    assert.deepEqual(await ids(), ['naloxone-naltrexone'])
    await screenshot(browser, 'library-nl-ui-pt-content')
    // WebKitWebDriver sends no input event for key-based deletion: clear as the field's × button does.
    await browser.execute(() => {
      const field = document.getElementById('module-search')
      field.value = ''
      field.dispatchEvent(new Event('input', { bubbles: true }))
    })
    await browser.waitUntil(async () => (await ids()).length === 7, { timeoutMsg: 'clearing the search shows every module' })
    await browser.$('#content-language').selectByAttribute('value', 'de')
    await browser.$('li[data-module="rescue-breathing"] button.open').click()
    const title = await browser.$('article.lesson h2.title')
    await title.waitForDisplayed()
    assert.equal(norm(await title.getText()), norm(moduleText('rescue-breathing', 'de').title))
    assert.ok(await browser.$('article.lesson img.diagram').isExisting(), 'the diagram is shown')
    assert.ok((await browser.$('article.lesson .sources li').getText()).length > 10, 'sources are listed')
    await screenshot(browser, 'viewer-de')
  } finally {
    await app.close()
  }
})

test('the emergency number in the modules follows the site country from Settings', { timeout: 120_000 }, async () => {
  const app = await launch({ env: { LANG: 'fr_FR.UTF-8', LC_ALL: 'fr_FR.UTF-8' } })
  try {
    const { browser } = app
    await browser.$('button[data-area="settings"]').click()
    await browser.$('#site-country').waitForDisplayed()
    await browser.waitUntil(async () => (await browser.$$('#site-country option')).length > 5)
    await browser.$('#site-country').selectByAttribute('value', 'FR')
    await browser.$('#site-services').setValue('CSAPA du Centre, 12 rue Haute')
    await browser.$('form.site button[type="submit"]').click()
    await browser.$('form.site .saved').waitForDisplayed()
    assert.match(await browser.$('#site-number').getText(), /15 ou 112/)
    await screenshot(browser, 'settings-site-fr')
    await browser.$('button[data-area="modules"]').click()
    await browser.$('li[data-module="responding"] button.open').click()
    await browser.$('article.lesson').waitForDisplayed()
    const lesson = await browser.$('article.lesson').getText()
    assert.match(lesson, /15 ou 112/)
    assert.match(lesson, /CSAPA du Centre, 12 rue Haute/)
  } finally {
    await app.close()
  }
})
