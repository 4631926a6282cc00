// Presenting on two screens: the slides (or a quiz question) full screen on the projector,
// and on the laptop the trainer's console with notes, next slide, timer and slide list.
// Runs on an X server with two displays side by side (twoScreens in the harness).
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { after, before, test } from 'node:test'
import { addPeople, newSession, typeSheets } from './flows.mjs'
import { launch, messages, ROOT, screenshot, twoScreens } from './harness.mjs'

const en = { ...messages('en', 'modules.ftl'), ...messages('en', 'sessions.ftl') }
const ENV = { LANG: 'en_GB.UTF-8', LC_ALL: 'en_GB.UTF-8' }
const norm = (text) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim()

/** The title, slide headings and the notes of the first slide of a module file. */
function moduleText(id, lang) {
  const text = readFileSync(path.join(ROOT, 'content/modules', id, `${lang}.md`), 'utf8')
  const title = JSON.parse(text.match(/^title = (".*")$/m)[1])
  const slides = [...text.matchAll(/^## (.*?)\s*\{#[a-z0-9-]+\}\s*$/gm)].map((m) => m[1])
  return { title, slides }
}

async function textIs(browser, selector, expected) {
  await browser.waitUntil(async () => norm(await browser.$(selector).getText().catch(() => '')) === norm(expected), { timeout: 5000, timeoutMsg: `${selector} should read "${expected}"` })
}

let screens
let display
before(async () => {
  screens = await twoScreens()
  display = process.env.DISPLAY
  process.env.DISPLAY = screens.display
})
after(async () => {
  process.env.DISPLAY = display
  await screens?.stop()
})

/** Switches WebDriver to the projector's window (the one that is not the trainer's). */
async function projectorWindow(browser, trainer) {
  await browser.waitUntil(async () => (await browser.getWindowHandles()).length === 2, { timeout: 10000, timeoutMsg: 'the projector window opens' })
  const handle = (await browser.getWindowHandles()).find((h) => h !== trainer)
  await browser.switchToWindow(handle)
  await browser.$('main.projector').waitForExist({ timeout: 10000 })
  return handle
}

async function frameIs(browser, kind, heading) {
  await browser.waitUntil(
    async () => {
      const main = await browser.$('main.projector')
      if ((await main.getAttribute('data-frame')) !== kind) return false
      return heading === undefined || norm(await main.$('.slide-title').getText()) === norm(heading)
    },
    { timeout: 5000, timeoutMsg: `the projector should show ${kind} ${heading ?? ''}` },
  )
}

test('the projector shows the slide without notes, the laptop the console, and a key moves both', { timeout: 180_000 }, async () => {
  const app = await launch({ env: ENV })
  try {
    const { browser } = app
    const { title, slides } = moduleText('responding', 'en')
    await browser.$('li[data-module="responding"] button.present').click()
    const console_ = await browser.$('.presenter[data-projector="open"]')
    await console_.waitForDisplayed({ timeout: 10000, timeoutMsg: 'with two displays the presenter becomes a console' })
    const trainer = await browser.getWindowHandle()

    // The trainer's window: notes at once, the next slide, a running clock, every slide.
    const notes = await browser.$('.presenter .notes')
    assert.ok(await notes.isDisplayed(), 'notes show on the laptop without asking')
    assert.equal(norm(await browser.$('.presenter .current h1').getText()), norm(title))
    assert.equal(norm(await browser.$('.presenter .next-preview .slide-title').getText()), norm(slides[0]))
    assert.equal((await browser.$$('.presenter nav.slides li')).length, slides.length + 1)
    await browser.waitUntil(async () => (await browser.$('.presenter .clock').getText()) !== '0:00', { timeout: 5000, timeoutMsg: 'the clock runs' })

    // The projector's window: the same title, and nothing of the trainer's.
    const projector = await projectorWindow(browser, trainer)
    await frameIs(browser, 'title', title)
    assert.equal(await browser.$('.notes').isExisting(), false, 'no notes on the projector')
    assert.equal((await browser.$$('button')).length, 0, 'no controls on the projector')

    // A key on the laptop moves both.
    await browser.switchToWindow(trainer)
    await browser.keys('ArrowRight')
    await browser.waitUntil(async () => norm(await browser.$('.presenter .current h1').getText()) === norm(slides[0]), { timeout: 3000 })
    const notesText = norm(await notes.getText())
    await browser.switchToWindow(projector)
    await frameIs(browser, 'slide', slides[0])
    const shown = norm(await browser.$('main.projector').getText())
    assert.ok(!shown.includes(notesText.slice(notesText.indexOf(' ') + 1, 80)), 'the notes stay off the projector')
    await screenshot(browser, 'present-two-screens')

    // The slide list jumps; B blanks the projector only; any key brings the slide back.
    await browser.switchToWindow(trainer)
    await browser.$$('.presenter nav.slides li button')[4].click()
    await browser.switchToWindow(projector)
    await frameIs(browser, 'slide', slides[3])
    await browser.switchToWindow(trainer)
    await browser.keys('b')
    await textIs(browser, '.presenter .current .caption', en['presenter-projector-blank'])
    assert.equal(norm(await browser.$('.presenter .current h1').getText()), norm(slides[3]), 'the trainer still sees the slide')
    await browser.switchToWindow(projector)
    await frameIs(browser, 'blank')
    await browser.switchToWindow(trainer)
    await browser.keys('ArrowRight')
    await browser.switchToWindow(projector)
    await frameIs(browser, 'slide', slides[3])

    // The projector's window may read its frame and nothing else, whatever it asks.
    const asked = await browser.executeAsync((done) => {
      const call = (cmd) => window.__TAURI_INTERNALS__.invoke(cmd).then(
        (v) => ({ ok: true, kind: v?.kind ?? null }),
        (e) => ({ ok: false, error: String(e?.code ?? e) }),
      )
      Promise.all([call('projector_frame'), call('list_sessions'), call('get_settings'), call('projector_close')]).then(done)
    })
    assert.deepEqual(asked[0], { ok: true, kind: 'slide' })
    for (const refused of asked.slice(1)) assert.equal(refused.ok, false, JSON.stringify(asked))

    // Leaving closes the projector; presenting again reopens it.
    await browser.switchToWindow(trainer)
    await browser.keys('Escape')
    await browser.$('.presenter').waitForExist({ reverse: true, timeout: 3000 })
    await browser.waitUntil(async () => (await browser.getWindowHandles()).length === 1, { timeout: 5000, timeoutMsg: 'the projector closes with the presenter' })
    await browser.$('li[data-module="responding"] button.present').click()
    await console_.waitForDisplayed({ timeout: 10000 })
    await projectorWindow(browser, trainer)
    await frameIs(browser, 'title', title)
    // The projector's cable pulled out: the projector closes rather than cover the
    // laptop's screen, and the trainer goes on on one screen.
    await browser.switchToWindow(trainer)
    screens.unplug()
    await browser.$('.presenter[data-projector="none"]').waitForDisplayed({ timeout: 10000, timeoutMsg: 'back to one screen' })
    assert.equal((await browser.getWindowHandles()).length, 1)
    assert.equal(norm(await browser.$('.presenter h1').getText()), norm(title))
    screens.plug()
    await browser.keys('Escape')
    await browser.$('li[data-module="responding"] button.present').click()
    await console_.waitForDisplayed({ timeout: 10000, timeoutMsg: 'plugged back in, two screens again' })
    await projectorWindow(browser, trainer)
    // A trainer's page that reloads mid-talk leaves no projector behind.
    await browser.switchToWindow(trainer)
    await browser.refresh()
    await browser.waitUntil(async () => (await browser.getWindowHandles()).length === 1, { timeout: 10000, timeoutMsg: 'a reload closes the projector' })
    await browser.$('[data-screen], nav button').waitForDisplayed({ timeout: 10000 })
  } finally {
    await app.close()
  }
})

test('a quiz question on the projector while the laptop counts who has answered', { timeout: 240_000 }, async () => {
  const app = await launch({ env: ENV })
  try {
    const { browser } = app
    await newSession(browser, 'HMP Two Screens')
    const codes = await addPeople(browser, 3)
    await typeSheets(browser, 'post', codes.slice(0, 2), `.phase[data-phase="post"] button.grid`)

    const trainer = await browser.getWindowHandle()
    await browser.$('.phase[data-phase="post"] button.group').click()
    await browser.$('.group[data-projector="open"]').waitForDisplayed({ timeout: 10000 })
    const sofar = en['group-answered-so-far'].replace('{ $answered }', '2').replace('{ $people }', '3')
    await textIs(browser, '.group .sofar', sofar)
    // The laptop, not the projector, names who is still answering: by code.
    assert.equal(norm(await browser.$('#group-waiting code').getText()), codes[2])

    const projector = await projectorWindow(browser, trainer)
    await browser.waitUntil(async () => (await browser.$('main.projector').getAttribute('data-frame')) === 'question', { timeout: 5000 })
    assert.equal(await browser.$('main.projector .bars .value').isExisting(), false, 'nothing revealed yet')

    await browser.switchToWindow(trainer)
    await browser.$('#group-reveal').click()
    await browser.switchToWindow(projector)
    await browser.$('main.projector .bars .value').waitForDisplayed({ timeout: 5000 })
    const text = await browser.$('main.projector').getText()
    assert.doesNotMatch(text, new RegExp(codes.join('|')), 'no codes on the projector')
    assert.ok(text.includes(en['group-answered'].replace('{ $answered }', '2').replace('{ $people }', '3')), text)
    await screenshot(browser, 'group-two-screens')

    await browser.switchToWindow(trainer)
    await browser.keys('Escape')
    await browser.waitUntil(async () => (await browser.getWindowHandles()).length === 1, { timeout: 5000, timeoutMsg: 'the projector closes with the group view' })
  } finally {
    await app.close()
  }
})
