// The guided session for peer mentors ("Run a session"), as a mentor on the wing uses it:
// in Dutch, paused after the quiz before, the app closed and opened again, then resumed at
// the same step and finished; and each step's screen in all five languages.
import assert from 'node:assert/strict'
import { mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { typeSheets } from './flows.mjs'
import { launch, LANGUAGES, messages, newDataDir, screenshot } from './harness.mjs'

const norm = (text) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim()
const locale = { en: 'en_GB', fr: 'fr_FR', de: 'de_DE', nl: 'nl_NL', pt: 'pt_PT' }
const env = (lang, extra = {}) => ({ LANG: `${locale[lang]}.UTF-8`, LC_ALL: `${locale[lang]}.UTF-8`, ...extra })

async function stepIs(browser, step) {
  await browser.$(`.run[data-step="${step}"]`).waitForDisplayed({ timeout: 10000, timeoutMsg: `the flow should be at ${step}` })
}

async function textIs(browser, selector, expected) {
  await browser.waitUntil(async () => norm(await browser.$(selector).getText().catch(() => '')) === norm(expected), { timeout: 8000, timeoutMsg: `${selector} should read "${expected}"` })
}

async function addPeople(browser, names) {
  for (const [i, name] of names.entries()) {
    if (name) await browser.$('#run-name').setValue(name)
    // Without a name, not at once after the last person: that would be Enter pressed twice.
    else await browser.pause(800)
    await browser.$('#run-add').click()
    await browser.waitUntil(async () => (await browser.$$('.run .people li')).length === i + 1, { timeout: 5000 })
  }
  const codes = []
  for (const li of await browser.$$('.run .people li')) codes.push(await li.getAttribute('data-code'))
  // The list shows the newest first; the codes come back in the order people were added.
  return codes.reverse()
}

test('a peer mentor runs a session in Dutch, pauses after the quiz before, restarts, resumes and finishes', { timeout: 420_000 }, async () => {
  const nl = { ...messages('nl', 'run.ftl'), ...messages('nl', 'content.ftl') }
  const dataDir = newDataDir()
  const prints = mkdtempSync(path.join(tmpdir(), 'respond-run-prints-'))
  let app = await launch({ dataDir, env: env('nl', { RESPOND_PRINT_DIR: prints }) })
  let codes
  try {
    const { browser } = app
    assert.equal(norm(await browser.$('#run-session').getText()), `▶ ${nl['run-start-button']}`)
    await browser.$('#run-session').click()
    await stepIs(browser, 'group')
    await browser.$('button.choice[data-audience="custody"]').click()
    assert.equal(await browser.$('button.choice[data-audience="custody"]').getAttribute('aria-checked'), 'true')
    await browser.$('#run-site').setValue('PI Vught, afdeling B')
    await browser.$('#run-trainers').setValue('Sam Bakker')
    await browser.$('#run-language').selectByAttribute('value', 'nl')
    await browser.$('#run-start').click()

    await stepIs(browser, 'people')
    codes = await addPeople(browser, ['Joris van den Berg', 'Fatima El Amrani', ''])
    assert.equal(new Set(codes).size, 3)
    await textIs(browser, '.run .count', '3 mensen')
    // Enter pressed twice adds one person, not a second one without a name; a name the
    // certificate cannot print is flagged at once; a person added by mistake goes again.
    await browser.$('#run-name').setValue('محمد عبد الرحمن')
    await browser.keys('Enter')
    await browser.keys('Enter')
    await browser.waitUntil(async () => (await browser.$$('.run .people li')).length === 4, { timeout: 5000 })
    await browser.pause(500)
    assert.equal((await browser.$$('.run .people li')).length, 4, 'one person for one name')
    const newest = await browser.$('.run .people li')
    assert.equal(await newest.getAttribute('class').then((c) => c.includes('added')), true, 'the newest is first and marked')
    await textIs(browser, '.run .people li.added .warn', nl['run-name-unprintable'])
    await screenshot(browser, 'run-people-nl-unprintable-name')
    await browser.$('#run-undo').click()
    await browser.waitUntil(async () => (await browser.$$('.run .people li')).length === 3, { timeout: 5000, timeoutMsg: 'undo takes the last person out' })

    await browser.$('#run-next').click()
    await stepIs(browser, 'pre')
    await typeSheets(browser, 'pre', codes, '#run-grid')
    await textIs(browser, '#run-test-done', 'Klaar: 3 van de 3')
    await browser.$('#run-next').click()
    await stepIs(browser, 'present')

    // Paused: back to the first screen, the session kept.
    await browser.$('#run-pause').click()
    await browser.$('li[data-module] button.present').waitForDisplayed()
    assert.equal(norm(await browser.$('#run-session').getText()), `▶ ${nl['run-continue-button']}`)
  } finally {
    await app.close()
  }

  // The laptop closed and opened again (a lockdown on the wing): the same step comes back.
  app = await launch({ dataDir, env: env('nl', { RESPOND_PRINT_DIR: prints }) })
  try {
    const { browser } = app
    assert.equal(norm(await browser.$('#run-session').getText()), `▶ ${nl['run-continue-button']}`)
    await browser.$('#run-session').click()
    await stepIs(browser, 'present')
    assert.match(await browser.$('.run .which').getText(), /PI Vught, afdeling B/)

    // The hard questions are one tap away, in the session's language.
    await browser.$('#run-questions').click()
    await browser.waitUntil(async () => (await browser.$$('.run .questions details')).length >= 10, { timeout: 5000, timeoutMsg: 'the hard questions of the modules show' })
    const questions = await browser.$$('.run .questions details')
    await questions[0].$('summary').click()
    assert.ok((await questions[0].$('div').getText()).length > 40, 'the answer shows')
    await screenshot(browser, 'run-questions-nl')
    await browser.$('#run-questions').click()

    await browser.$('.run .modules li button.present').click()
    await browser.$('.presenter h1').waitForDisplayed()
    await browser.keys('Escape')
    await browser.$('.presenter').waitForExist({ reverse: true })

    await browser.$('#run-next').click()
    await stepIs(browser, 'post')
    await typeSheets(browser, 'post', codes.slice(0, 2), '#run-grid')
    await textIs(browser, '#run-test-done', 'Klaar: 2 van de 3')
    await browser.$('#run-next').click()

    await stepIs(browser, 'print')
    for (const what of ['certificates', 'cards', 'handouts']) {
      await browser.$(`#run-${what}`).click()
      await browser.$(`.run .printed li[data-printed="${what}"]`).waitForDisplayed({ timeout: 30000 })
    }
    // The person without a name gets no certificate, and the mentor is told why.
    assert.match(await browser.$('#run-skips').getText(), new RegExp(codes[2]))
    await screenshot(browser, 'run-print-nl')
    await browser.$('#run-next').click()

    await stepIs(browser, 'done')
    const summary = norm(await browser.$('#run-summary').getText())
    assert.ok(summary.includes('3 mensen') && summary.includes('Quiz vooraf: 3 van de 3') && summary.includes('Quiz achteraf: 2 van de 3'), summary)
    assert.equal(norm(await browser.$('#run-remains').getText()), '1 persoon heeft de quiz achteraf niet afgemaakt.')
    await screenshot(browser, 'run-done-nl')
    await browser.$('#run-finish').click()
    await browser.$('li[data-module] button.present').waitForDisplayed()
    assert.equal(norm(await browser.$('#run-session').getText()), `▶ ${nl['run-start-button']}`)

    // The same data as a session made the long way: it is on the Sessions page.
    await browser.$('button[data-area="sessions"]').click()
    await browser.waitUntil(async () => (await browser.$('main').getText()).includes('PI Vught, afdeling B'), { timeout: 5000, timeoutMsg: 'the session is listed' })
  } finally {
    await app.close()
  }
  const saved = readdirSync(prints)
  for (const file of ['certificates', 'release-card', 'handout']) assert.ok(saved.some((f) => f.startsWith(file)), `${file} in ${saved}`)
})

test('every step of the guided session reads in all five languages', { timeout: 420_000 }, async () => {
  for (const lang of LANGUAGES) {
    const app = await launch({ env: env(lang) })
    try {
      const { browser } = app
      const t = messages(lang, 'run.ftl')
      await browser.$('#run-session').click()
      await stepIs(browser, 'group')
      await textIs(browser, '.run h2', t['run-group-title'])
      await browser.$('#run-site').setValue('Site')
      await browser.$('#run-trainers').setValue('Mentor')
      await browser.$('#run-language').selectByAttribute('value', lang)
      await screenshot(browser, `run-group-${lang}`)
      await browser.$('#run-start').click()
      await stepIs(browser, 'people')
      await addPeople(browser, ['Zoë Ä. Çelik', ''])
      await screenshot(browser, `run-people-${lang}`)
      await browser.$('#run-next').click()
      await stepIs(browser, 'pre')
      await textIs(browser, '.run h2', t['run-pre-title'])
      await screenshot(browser, `run-pre-${lang}`)
      for (const step of ['present', 'post', 'print', 'done']) {
        await browser.$('#run-next').click()
        await stepIs(browser, step)
      }
      await screenshot(browser, `run-done-${lang}`)
      const steps = []
      for (const li of await browser.$$('.run .steps li')) steps.push(norm(await li.getText()))
      assert.deepEqual(
        steps,
        ['group', 'people', 'pre', 'present', 'post', 'print', 'done'].map((s) => norm(t[`run-step-${s}`])),
      )
    } finally {
      await app.close()
    }
  }
})

test('mentor mode shows only the mentor screens, refuses what could break anything, survives a reload and leaves with its PIN', { timeout: 180_000 }, async () => {
  const app = await launch({ env: env('en') })
  try {
    const { browser } = app
    const en = messages('en', 'run.ftl')
    const navCount = async () => (await browser.$$('nav.side button')).length
    assert.equal(await navCount(), 7)
    await browser.$('button[data-area="settings"]').click()
    await browser.$('#mentor-pin').setValue('2468')
    await browser.$('#mentor-pin-again').setValue('2460')
    await browser.$('#mentor-on').click()
    await textIs(browser, 'form .error-text', en['mentor-pin-mismatch'])
    await browser.$('#mentor-pin').setValue('2468')
    await browser.$('#mentor-pin-again').setValue('2468')
    await browser.$('#mentor-on').click()

    // Only the guided session, Modules and Print, in larger text.
    await stepIs(browser, 'group')
    await browser.waitUntil(async () => (await navCount()) === 2, { timeout: 5000, timeoutMsg: 'two areas left' })
    const areas = []
    for (const b of await browser.$$('nav.side button')) areas.push(await b.getAttribute('data-area'))
    assert.deepEqual(areas, ['modules', 'print'])
    assert.equal(await browser.execute(() => document.documentElement.dataset.textSize), 'large')
    await screenshot(browser, 'mentor-mode-en')

    // Whatever the page asks, deleting waits until mentor mode is left.
    const refused = await browser.executeAsync((done) => {
      window.__TAURI_INTERNALS__.invoke('delete_session', { id: 1 }).then(
        () => done('done'),
        (e) => done(e?.code ?? String(e)),
      )
    })
    assert.equal(refused, 'mentor-mode')

    await browser.refresh()
    await stepIs(browser, 'group')
    assert.equal(await navCount(), 2, 'a reload keeps mentor mode')

    await browser.$('#mentor-leave').click()
    await browser.$('#mentor-secret').setValue('1357')
    await browser.$('#mentor-leave-submit').click()
    await textIs(browser, '[role="dialog"] .error-text', en['mentor-leave-wrong'])
    await browser.$('#mentor-secret').setValue('2468')
    await browser.$('#mentor-leave-submit').click()
    await browser.waitUntil(async () => (await navCount()) === 7, { timeout: 5000, timeoutMsg: 'every area is back' })
    assert.equal(await browser.execute(() => document.documentElement.dataset.textSize), 'normal')
  } finally {
    await app.close()
  }
})
