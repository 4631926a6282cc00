// Role-plays as a trainer scores them with the manikin: a pair, then one person alone, by
// click and by key; a role-play under way survives a reload and is thrown away only when
// asked; Results, the wide CSV and the report show them. Then the Items tab on sample data,
// and the report's two new sections in all five languages.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { addPeople, newSession } from './flows.mjs'
import { LANGUAGES, launch, messages, screenshot } from './harness.mjs'

const words = messages('en', 'roleplay.ftl')
const pressed = async (browser, mark) => (await browser.$(`#roleplay [data-mark="${mark}"]`).getAttribute('aria-pressed')) === 'true'

test('a role-play is scored for a pair and for one person, survives a reload, and shows in Results and the export', { timeout: 400_000 }, async () => {
  const prints = mkdtempSync(path.join(tmpdir(), 'respond-prints-'))
  const app = await launch({ env: { RESPOND_PRINT_DIR: prints } })
  try {
    const { browser } = app
    await newSession(browser, 'Northfield prison', 'Health care team')
    const codes = await addPeople(browser, 3)

    // A pair: the first two people respond together.
    await browser.$('.phase[data-phase="pre"] button.roleplay').click()
    const panel = await browser.$('#roleplay')
    await panel.waitForDisplayed()
    await browser.waitUntil(async () => (await browser.$$('#roleplay [data-mark]')).length >= 10, { timeoutMsg: 'the checklist' })
    assert.ok((await browser.$('#roleplay [data-mark="call"]').getText()).includes('112'), 'the site’s number is in the step')
    await browser.$('#roleplay-person').selectByVisibleText(codes[0])
    await browser.$('#roleplay-partner').selectByVisibleText(codes[1])
    assert.equal(await browser.$('#roleplay-save').isEnabled(), false, 'nothing to save before Start')
    await browser.$('#roleplay-start').click()
    await browser.pause(1200)
    await browser.keys('2')
    await browser.keys('3')
    await browser.waitUntil(async () => (await pressed(browser, 'wake')) && (await pressed(browser, 'call')), { timeoutMsg: 'keys 2 and 3 tick wake and call' })
    // A second press takes a tick back; a third puts it back.
    await browser.keys('2')
    await browser.waitUntil(async () => !(await pressed(browser, 'wake')))
    await browser.keys('2')
    await tap(browser, '#roleplay [data-mark="naloxone"]')
    await tap(browser, '#roleplay [data-mark="leaves"]')
    assert.match(await browser.$('#roleplay [data-mark="call"] .time').getText(), /\d:\d\d/)
    assert.match(await browser.$('#roleplay-clock').getText(), /^0:0[1-9]$/)
    await tap(browser, '#roleplay-note')
    await browser.$('#roleplay-note').setValue('Left to fetch the kit from the office')
    await screenshot(browser, 'roleplay-scoring')
    await browser.$('#roleplay-save').click()
    await browser.waitUntil(async () => (await browser.$('#roleplay-saved').isExisting()) && (await browser.$('#roleplay-saved').getText()).includes(codes[1]))
    assert.ok((await browser.$('#roleplay-saved').getText()).includes(codes[0]))

    // The next person without a role-play comes up by itself, with a clean sheet.
    await browser.waitUntil(async () => (await chosen(browser, '#roleplay-person')) === codes[2], { timeoutMsg: 'the third person comes up next' })
    assert.equal(await pressed(browser, 'call'), false)
    assert.ok((await browser.$('#roleplay-count').getText()).includes('2'), await browser.$('#roleplay-count').getText())
    await browser.$('#roleplay-start').click()
    await browser.pause(1100)
    for (const mark of ['danger', 'wake', 'call', 'airway', 'naloxone', 'breathing', 'stay', 'second-dose']) {
      await tap(browser, `#roleplay [data-mark="${mark}"]`)
    }
    // Enter on a step saves, as the keys hint says, rather than untick it.
    await browser.keys('Enter')
    await browser.waitUntil(async () => (await browser.$('#roleplay-saved').isExisting()) && (await browser.$('#roleplay-saved').getText()).includes(codes[2]))

    // The After row's button, pressed with the panel open, scores after the training.
    await tap(browser, '.phase[data-phase="post"] button.roleplay')
    await browser.waitUntil(async () => (await browser.$('#roleplay-phase').getValue()) === 'post', { timeoutMsg: 'the phase of the row' })
    assert.ok((await browser.$('#roleplay-now').getText()).includes(codes[0]), 'who and when stay in sight')
    await browser.$('#roleplay-start').click()
    await browser.keys(' ')
    await browser.keys('3')
    await browser.waitUntil(async () => pressed(browser, 'call'))
    // Start again with a tick asks first: Cancel keeps the tick.
    await settled(browser)
    await browser.$('#roleplay-start').click()
    await browser.$('#confirm-cancel').click()
    await browser.$('#confirm-cancel').waitForExist({ reverse: true })
    assert.ok(await pressed(browser, 'call'), 'a second Space or Start again loses nothing unasked')

    // Under way after the training, the page is reloaded: the role-play comes back with its tick.
    await browser.refresh()
    // Straight back to the session's page, with the role-play open.
    await browser.$('#roleplay').waitForDisplayed({ timeout: 30000 })
    assert.equal(await browser.$('#roleplay-phase').getValue(), 'post')
    assert.ok(await pressed(browser, 'call'), 'the tick is still there after the reload')
    await browser.waitUntil(async () => (await browser.$('#roleplay-clock').getText()) !== '0:00', { timeoutMsg: 'the clock runs on from its start' })

    // Escape asks first; Cancel keeps it, Throw away ends it.
    await browser.keys('Escape')
    await browser.$('#confirm-action').waitForDisplayed()
    assert.equal(await browser.$('#confirm-message').getText(), words['roleplay-discard-question'])
    await browser.keys('3')
    assert.ok(await pressed(browser, 'call'), 'keys go to the question, not the checklist')
    await browser.$('#confirm-cancel').click()
    await browser.$('#confirm-action').waitForExist({ reverse: true })
    assert.ok(await browser.$('#roleplay').isDisplayed())
    await browser.$('#roleplay-close').click()
    await browser.$('#confirm-action').click()
    await browser.$('#roleplay').waitForExist({ reverse: true })

    // Scored for the wrong person at follow-up: removed from the list, after a question.
    await browser.$('.phase[data-phase="post"] button.roleplay').click()
    await browser.$('#roleplay').waitForDisplayed()
    await browser.waitUntil(async () => (await browser.$$('#roleplay [data-mark]')).length >= 10)
    await browser.$('#roleplay-phase').selectByAttribute('value', 'followup')
    await browser.$('#roleplay-start').click()
    await browser.keys('1')
    await browser.$('#roleplay-save').click()
    await browser.$('#roleplay-saved').waitForDisplayed()
    await browser.$('#roleplay details.done summary').click()
    const wrong = await browser.$(`#roleplay details.done li[data-code="${codes[0]}"]`)
    assert.ok((await wrong.getText()).includes('1 step'), await wrong.getText())
    // What to talk over: the critical steps left out, in the checklist's words.
    assert.ok((await wrong.$('.debrief').getText()).includes('Tries to wake the person'), await wrong.getText())
    await wrong.scrollIntoView({ block: 'center' })
    await screenshot(browser, 'roleplay-scored-list')
    await wrong.$('button.remove').click()
    await browser.$('#confirm-action').click()
    await browser.$('#roleplay details.done').waitForExist({ reverse: true })
    await browser.$('#roleplay-close').click()
    await browser.$('#roleplay').waitForExist({ reverse: true })

    // Results for this session: three people before training, one error, the times.
    await browser.$('button[data-area="results"]').click()
    await browser.$('#scope-kind').waitForDisplayed()
    await browser.$('#scope-kind').selectByAttribute('value', 'session')
    const table = await browser.$('#roleplay-table')
    await table.waitForDisplayed()
    await browser.waitUntil(async () => (await table.$('tr[data-row="people"] td').getText()) === '3')
    assert.equal(await table.$('tr[data-row="all-critical"] td').getText(), '33 %', 'one in three did every critical step')
    assert.equal(await table.$('tr[data-row="any-error"] td').getText(), '67 %', 'the pair left the person alone')
    assert.match(await table.$('tr[data-row="time-call"] td').getText(), /^\d+ s$/)
    assert.equal(await table.$('tr[data-mark="call"] td').getText(), '100 %')
    assert.equal(await table.$('tr[data-mark="call"] th').getText(), 'Calls 112 · critical', 'the number, not its placeholder')
    assert.equal(await table.$('tr[data-mark="second-dose"] td').getText(), '33 %')
    await table.scrollIntoView()
    await screenshot(browser, 'roleplay-results')

    // The wide CSV carries each person's role-play, never the note.
    await browser.$('#export-format').selectByAttribute('value', 'wide-csv')
    await browser.$('#save-export').click()
    await browser.$('#results-saved').waitForDisplayed({ timeout: 20000 })
    const file = readdirSync(prints).find((f) => f.startsWith('respond-wide') && f.endsWith('.csv'))
    const text = readFileSync(path.join(prints, file), 'utf8').replace(/^\uFEFF/, '')
    assert.ok(!text.includes('fetch the kit'), 'the trainer’s note stays on the laptop')
    const [header, ...rows] = text.trim().split(/\r?\n/).map((l) => l.split(/[;,]/))
    const column = (name) => header.indexOf(name)
    const row = (code) => rows.find((r) => r.includes(code))
    assert.equal(row(codes[0])[column('rp_critical_pre')], '0')
    assert.equal(row(codes[0])[column('rp_errors_pre')], '1')
    assert.equal(row(codes[2])[column('rp_critical_pre')], '1')
    assert.match(row(codes[2])[column('rp_call_s_pre')], /^\d+$/)
    assert.equal(row(codes[2])[column('rp_critical_post')], '', 'the thrown-away role-play left nothing')
  } finally {
    await app.close()
  }
})

test('the Items tab on sample data lists the questions to look at first, and the report shows both new sections in five languages', { timeout: 400_000 }, async () => {
  const prints = mkdtempSync(path.join(tmpdir(), 'respond-prints-'))
  const app = await launch({ env: { RESPOND_PRINT_DIR: prints } })
  try {
    const { browser } = app
    await browser.$('button[data-area="results"]').click()
    await browser.$('#load-demo').click()
    await browser.$('#roleplay-table').waitForDisplayed({ timeout: 30000 })
    assert.notEqual(await browser.$('#roleplay-table tr[data-row="people"] td').getText(), '< 5')

    await browser.$('#results-tab-items').click()
    const analysis = await browser.$('#items-analysis')
    await analysis.waitForDisplayed()
    await browser.waitUntil(async () => (await browser.$$('#items-analysis .items-table tbody tr')).length > 10, { timeout: 20000, timeoutMsg: 'item rows' })
    const core = await browser.$('#items-analysis [data-quiz="core"]')
    assert.match(await core.$('.reliability').getText(), /^0\.\d\d \(95 % CI 0\.\d\d to 0\.\d\d\)$/)
    // Flagged questions come before the others.
    const flagged = []
    for (const r of await core.$$('.items-table tbody tr')) flagged.push((await r.getAttribute('class'))?.includes('flagged') ?? false)
    assert.ok(flagged.some(Boolean), 'sample data has questions to look at')
    assert.ok(flagged.indexOf(false) === -1 || !flagged.slice(flagged.indexOf(false)).includes(true), `flagged first: ${flagged}`)
    await core.$('select.items-phase').selectByAttribute('value', 'pre')
    await browser.waitUntil(async () => (await core.$('h4').getText()).includes('people'))
    await core.$('.items-table').scrollIntoView()
    await screenshot(browser, 'results-items')

    for (const lang of LANGUAGES) {
      await browser.$('#language-switcher').selectByAttribute('value', lang)
      await browser.waitUntil(async () => (await browser.execute(() => document.documentElement.lang)) === lang, { timeoutMsg: `the page in ${lang}` })
      // Each report replaces the last: it is read once it is there again.
      for (const f of readdirSync(prints).filter((f) => f.endsWith('.pdf'))) rmSync(path.join(prints, f))
      await browser.$('#save-report').click()
      await browser.waitUntil(async () => readdirSync(prints).some((f) => f.endsWith('.pdf')) && (await browser.$('#results-saved').isExisting()), { timeout: 60000, timeoutMsg: `the report in ${lang}` })
      const pdf = path.join(prints, readdirSync(prints).find((f) => f.endsWith('.pdf')))
      const report = execFileSync('pdftotext', [pdf, '-']).toString().replace(/\s+/g, ' ')
      const rp = messages(lang, 'roleplay.ftl')
      const items = messages(lang, 'items.ftl')
      assert.ok(report.includes(rp['results-roleplay-title']), `${lang}: the role-play section`)
      assert.ok(report.includes(items['items-title']), `${lang}: the item analysis section`)
      assert.ok(report.includes(items['items-reliability']), `${lang}: reliability`)
      execFileSync('pdftoppm', ['-png', '-r', '50', pdf, path.join(prints, `report-${lang}`)])
    }
  } finally {
    await app.close()
  }
})

/** Waits until the page stops scrolling (Space scrolls it), so a click lands where aimed. */
async function settled(browser) {
  const top = () => browser.execute(() => window.scrollY)
  await browser.waitUntil(async () => {
    const before = await top()
    await browser.pause(100)
    return before === (await top())
  })
}

/** Clicks `selector` once it is in the middle of the screen, clear of the sticky clock. */
async function tap(browser, selector) {
  const element = await browser.$(selector)
  await element.scrollIntoView({ block: 'center' })
  await element.click()
}

/** The label of the option chosen in `select`. */
const chosen = (browser, select) => browser.execute((s) => document.querySelector(s)?.selectedOptions[0]?.textContent?.trim(), select)
