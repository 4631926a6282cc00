// The quiz kiosk played by a participant who wants out: reload, Shift+Tab and Enter,
// Escape, the context menu, calling commands from a console, another session's code,
// wrong PINs, a restart. Every way fails; only the trainer's PIN (or the passphrase after
// a lock-out) reaches the trainer's view again.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { launch, newDataDir, PASSPHRASE, screenshot } from './harness.mjs'

const PIN = '8642'

/** A session of two people, through the UI as a trainer makes it; returns their codes. */
async function sessionWithTwo(browser, site) {
  await browser.$('button[data-area="sessions"]').click()
  await browser.$('#new-session').click()
  await browser.$('#session-site').waitForDisplayed()
  await browser.$('#session-site').setValue(site)
  await browser.$('#session-trainers').setValue('Health team')
  await browser.$('form.form button[type="submit"]').click()
  await browser.$('.session-title').waitForDisplayed()
  await browser.$('#roster-name').setValue('Alex Example')
  await browser.keys('Enter')
  await browser.waitUntil(async () => (await browser.$$('table.roster tbody tr')).length === 1)
  await browser.$('#roster-name').click()
  await browser.keys('Enter')
  await browser.waitUntil(async () => (await browser.$$('table.roster tbody tr')).length === 2)
  const codes = []
  for (const row of await browser.$$('table.roster tbody tr')) codes.push(await row.getAttribute('data-code'))
  return codes
}

/** Calls a command the way a console would, and returns its error code (or 'ok'). */
async function invoke(browser, command, args = {}) {
  return browser.executeAsync(
    (command, args, done) => {
      window.__TAURI_INTERNALS__
        .invoke(command, args)
        .then(() => done('ok'))
        .catch((e) => done(e && e.code ? e.code : String(e)))
    },
    command,
    args,
  )
}

async function inKiosk(browser) {
  await browser.$('div.kiosk').waitForDisplayed({ timeout: 20000 })
  assert.equal(await browser.$('nav').isExisting(), false, 'nothing of the trainer’s app is on the page')
}

test('a participant cannot leave the kiosk or reach anyone’s data', { timeout: 300_000 }, async () => {
  const dataDir = newDataDir()
  let app = await launch({ dataDir })
  try {
    let { browser } = app
    const others = await sessionWithTwo(browser, 'Other site')
    await browser.$('button[data-area="sessions"]').click()
    const codes = await sessionWithTwo(browser, 'Kiosk site')
    const session = Number(await browser.$('[data-session]').getAttribute('data-session'))

    await browser.$('.phase[data-phase="post"] button.kiosk').click()
    await browser.$('#kiosk-pin').setValue('12')
    await browser.keys('Enter')
    await browser.$('.backdrop .error-text').waitForDisplayed()
    // A PIN typed differently the second time starts nothing.
    await browser.$('#kiosk-pin').setValue(PIN)
    await browser.$('#kiosk-pin-again').setValue('98765')
    await browser.keys('Enter')
    await browser.$('#kiosk-pin-again[aria-invalid="true"]').waitForExist()
    assert.equal(await browser.$('div.kiosk').isExisting(), false, 'a mismatched PIN starts no kiosk')
    await browser.$('#kiosk-pin').setValue(PIN)
    await browser.$('#kiosk-pin-again').setValue(PIN)
    await browser.keys('Enter')
    await inKiosk(browser)
    await screenshot(browser, 'kiosk-code')

    // Commands from a console: only the kiosk's own answer.
    for (const [command, args] of [
      ['list_participants', { session }],
      ['list_sessions', {}],
      ['get_session', { id: session }],
      ['audit_log', { limit: 10 }],
      ['erase_session_names', { session }],
      ['results_view', { scope: { kind: 'all' }, lang: 'en' }],
      ['followup_overview', {}],
    ]) {
      assert.equal(await invoke(browser, command, args), 'kiosk-active', `${command} is refused`)
    }

    // Another session's code is not found; this session's is.
    await browser.$('#kiosk-code').setValue(others[0])
    await browser.keys('Enter')
    await browser.$('.kiosk .error-text').waitForDisplayed()
    assert.equal(await browser.$('.kiosk .item').isExisting(), false)
    await browser.$('#kiosk-code').setValue(codes[1].toLowerCase())
    await browser.keys('Enter')
    await browser.$('.kiosk .item').waitForDisplayed()
    await browser.$('.kiosk .option').click()
    await browser.waitUntil(async () => (await browser.$('.kiosk .progress').getText()).match(/\b2\b/))

    // Shift+Tab many times, Enter and Escape: still the kiosk, still the same question.
    for (let i = 0; i < 40; i++) await browser.keys(['Shift', 'Tab'])
    await browser.keys('Escape')
    await inKiosk(browser)
    const page = await browser.execute(() => document.body.innerText)
    assert.doesNotMatch(page, /Alex Example/, 'no names anywhere on the page')
    for (const code of [...others, codes[0]]) assert.ok(!page.includes(code), `no other code (${code}) on the page`)

    // The context menu is the app's to refuse.
    const prevented = await browser.execute(() => {
      const e = new MouseEvent('contextmenu', { bubbles: true, cancelable: true })
      return !document.body.dispatchEvent(e)
    })
    assert.equal(prevented, true, 'the engine’s context menu (Reload, Inspect Element) does not open')
    const reloadKey = await browser.execute(() => {
      const e = new KeyboardEvent('keydown', { key: 'r', ctrlKey: true, bubbles: true, cancelable: true })
      return !window.dispatchEvent(e)
    })
    assert.equal(reloadKey, true, 'Ctrl+R is refused')

    // A reload lands in the kiosk again, with the same person at the same question.
    await browser.refresh()
    await inKiosk(browser)
    await browser.$('.kiosk .item').waitForDisplayed()
    assert.match(await browser.$('.kiosk .progress').getText(), /\b2\b/, 'resumed at the second question')
    await screenshot(browser, 'kiosk-after-reload')

    // Wrong PINs: counted, then Respond locks.
    await browser.$('.kiosk .leave').click()
    let said = ''
    for (let left = 4; left >= 1; left--) {
      await browser.$('#kiosk-unlock').setValue('0000')
      await browser.keys('Enter')
      await browser.waitUntil(async () => (await browser.$('.kiosk .error-text').getText()) !== said, {
        timeout: 5000,
        timeoutMsg: `${left} tries left is said`,
      })
      said = await browser.$('.kiosk .error-text').getText()
      if (left > 1) assert.ok(said.includes(String(left)), said)
      assert.equal(await browser.$('#kiosk-unlock').getValue(), '', 'the wrong PIN is cleared')
    }
    await browser.$('#kiosk-unlock').setValue('0000')
    await browser.keys('Enter')
    await browser.$('[data-screen]').waitForDisplayed({ timeout: 20000 })
    await screenshot(browser, 'kiosk-locked-out')

    // The trainer unlocks with the passphrase: the kiosk comes back, not the trainer's view.
    await browser.$('#passphrase').setValue(PASSPHRASE)
    await browser.$('#passphrase-submit').click()
    await inKiosk(browser)

    // A restart of the app comes back into the kiosk too.
    await app.close()
    app = await launch({ dataDir, locked: true })
    browser = app.browser
    await browser.$('#passphrase').setValue(PASSPHRASE)
    await browser.$('#passphrase-submit').click()
    await inKiosk(browser)
    assert.equal(await invoke(browser, 'list_participants', { session }), 'kiosk-active')

    // Only the PIN leaves it.
    await browser.$('.kiosk .leave').click()
    await browser.$('#kiosk-unlock').setValue(PIN)
    await browser.keys('Enter')
    await browser.$('nav button').waitForDisplayed({ timeout: 20000 })
    assert.equal(await invoke(browser, 'list_participants', { session }), 'ok')
    await screenshot(browser, 'kiosk-left-with-pin')
  } finally {
    await app.close()
  }
})

test('the kiosk is shown alone whatever was open, and Back returns to the session', { timeout: 120_000 }, async () => {
  const app = await launch()
  try {
    const { browser } = app
    await sessionWithTwo(browser, 'Site')
    await browser.$('.phase[data-phase="pre"] button.kiosk').click()
    await browser.$('#kiosk-pin').setValue(PIN)
    await browser.keys('Escape')
    await browser.$('#kiosk-pin').waitForExist({ reverse: true })
    assert.equal(await browser.$('div.kiosk').isExisting(), false, 'Escape before the PIN starts nothing')
    await browser.$('.phase[data-phase="pre"] button.kiosk').click()
    await browser.$('#kiosk-pin').setValue(PIN)
    await browser.$('#kiosk-pin-again').setValue(PIN)
    await browser.keys('Enter')
    await inKiosk(browser)
    await browser.$('.kiosk .leave').click()
    await browser.$('#kiosk-unlock').setValue(PIN)
    await browser.keys('Enter')
    await browser.$('.session-title').waitForDisplayed({ timeout: 20000 })
  } finally {
    await app.close()
  }
})

