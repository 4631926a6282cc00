// The quarterly return, tried as a programme lead would in German: pick a period, read the
// figures, type a period that ends before it starts (refused, in German, at the field),
// then print the PDF and save the CSV. The page, the PDF and the CSV agree with
// `respond stats --json` for the same period.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { launch, messages, newDataDir, PASSPHRASE, ROOT, screenshot } from './harness.mjs'

const respond = path.join(ROOT, process.env.CARGO_TARGET_DIR ?? 'target', 'debug/respond')

/** The day `days` before today, as YYYY-MM-DD and as German users type it. */
function daysAgo(days) {
  const d = new Date(Date.now() - days * 86_400_000)
  const iso = d.toISOString().slice(0, 10)
  const [y, m, day] = iso.split('-')
  return { iso, typed: `${day}.${m}.${y}` }
}

async function typeDate(browser, selector, text) {
  const field = await browser.$(selector)
  await field.clearValue()
  await field.setValue(text)
}

test('a programme lead makes the quarterly return, and it agrees with the stats', { timeout: 300_000 }, async () => {
  const dataDir = newDataDir()
  const prints = mkdtempSync(path.join(tmpdir(), 'respond-prints-'))
  const env = { ...process.env, RESPOND_DATA_DIR: dataDir, RESPOND_PASSPHRASE: PASSPHRASE }
  execFileSync(respond, ['--lang', 'en', 'demo', '--participants', '120'], { env })
  const [from, to] = [daysAgo(300), daysAgo(100)]
  const stats = JSON.parse(execFileSync(respond, ['stats', '--json', '--from', from.iso, '--to', to.iso], { env, encoding: 'utf8' }))
  const trained = stats.attrition.trained
  assert.ok(trained >= 5, `the demo has people in the period (${trained})`)
  const de = { ...messages('de', 'programme.ftl'), ...messages('de', 'ui.ftl') }

  const app = await launch({ dataDir, env: { LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8', RESPOND_PRINT_DIR: prints } })
  try {
    const { browser } = app
    await browser.$('button[data-area="programme"]').click()
    assert.equal(await browser.$('button[data-area="programme"]').getText(), de['nav-programme'])
    // The last whole quarter is chosen first: the one a return is due for.
    await browser.$('#programme-heading').waitForDisplayed({ timeout: 20000 })
    assert.equal(await browser.$('#programme-quarter').getValue(), '1')
    await screenshot(browser, 'programme-quarter-de')

    await browser.$('#programme-quarter').selectByAttribute('value', 'other')
    await typeDate(browser, '#programme-from', to.typed)
    await typeDate(browser, '#programme-to', from.typed)
    await browser.$('#programme-error').waitForDisplayed({ timeout: 10000 })
    assert.equal(await browser.$('#programme-error').getText(), messages('de', 'programme.ftl')['invalid-before-from'])
    assert.equal(await browser.$('#programme-to').getAttribute('aria-invalid'), 'true', 'the field at fault is marked')
    assert.equal(await browser.$('#programme-heading').isExisting(), false, 'no figures for a period that cannot be')

    await typeDate(browser, '#programme-from', from.typed)
    await typeDate(browser, '#programme-to', to.typed)
    await browser.waitUntil(async () => (await browser.$('#return-summary').isExisting()) && !(await browser.$('#programme-error').isExisting()), {
      timeout: 20000,
      timeoutMsg: 'the figures come back once the period is right',
    }).catch(async (err) => {
      await screenshot(browser, 'programme-failed')
      throw err
    })
    const summary = await browser.$('#return-summary').getText()
    assert.match(summary, new RegExp(`${trained} Personen geschult`))
    const people = await browser.$$('#return-by-site tbody td:nth-of-type(2)').map((c) => c.getText())
    assert.equal(people.map(Number).reduce((a, b) => a + b, 0), trained, 'the sites add up to everyone trained')
    await screenshot(browser, 'programme-period-de')

    await browser.$('#programme-print').click()
    await browser.$('#programme-saved').waitForDisplayed({ timeout: 30000 })
    const pdf = (await browser.$('#programme-saved').getText()).match(/\/\S+\.pdf/)[0]
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    assert.match(text, /Quartalsbericht/)
    assert.match(text, new RegExp(`${trained} Personen geschult`))

    await browser.$('#programme-csv').click()
    await browser.waitUntil(async () => /\.csv/.test(await browser.$('#programme-saved').getText()), { timeout: 30000 })
    const csv = (await browser.$('#programme-saved').getText()).match(/\/\S+\.csv/)[0]
    // German: semicolons and decimal commas, as Excel reads them there.
    const rows = readFileSync(csv, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)
    assert.equal(rows[0], 'section;label;measure;value;suppressed')
    assert.ok(rows.includes(`total;;trained;${trained};0`), rows.slice(0, 5).join('\n'))
    const pre = stats.phases[0].byDomain.risks
    const risks = rows.find((r) => r.startsWith('domain;Risiken;percent_right_pre;'))
    assert.equal(risks, `domain;Risiken;percent_right_pre;${(Math.round(pre * 10) / 10).toFixed(1).replace('.', ',')};0`)
  } finally {
    await app.close()
  }
})
