// A long job seen from the room: an export of a large programme shows how far it is at the
// foot of the screen, Stop ends it with nothing saved and a plain message, and the same
// export then runs to the end.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, readdirSync, readSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { launch, messages, newDataDir, PASSPHRASE, ROOT, screenshot } from './harness.mjs'

const respond = path.join(ROOT, process.env.CARGO_TARGET_DIR ?? 'target', 'debug/respond')

test('an export of a large programme shows its progress, stops when asked and keeps nothing', { timeout: 600000 }, async () => {
  const dataDir = newDataDir()
  // Enough people that the long CSV takes seconds on a debug build.
  execFileSync(respond, ['--lang', 'en', 'demo', '--participants', '6000'], {
    env: { ...process.env, RESPOND_DATA_DIR: dataDir, RESPOND_NEW_PASSPHRASE: PASSPHRASE, RESPOND_PASSPHRASE: PASSPHRASE },
  })
  const prints = mkdtempSync(path.join(tmpdir(), 'respond-prints-'))
  const m = messages('en', 'jobs.ftl')
  const app = await launch({ dataDir, env: { RESPOND_PRINT_DIR: prints } })
  const { browser } = app
  try {
    await browser.$('button[data-area="results"]').click()
    await browser.$('#export-format').waitForDisplayed({ timeout: 30000 })
    await browser.$('#export-format').selectByAttribute('value', 'long-csv')
    await browser.$('#save-export').scrollIntoView({ block: 'center' })
    await browser.$('#save-export').click()

    const bar = await browser.$('#job-bar')
    await bar.waitForDisplayed({ timeout: 20000, timeoutMsg: 'the bar shows while the export runs' })
    await browser.waitUntil(async () => /\d+\s?%/.test(await bar.getText()), { timeout: 20000, timeoutMsg: 'the bar shows a percentage' })
    await screenshot(browser, 'job-bar')
    await browser.$('#job-stop').click()
    // Said where the bar was, in sight, and on the page.
    const stopped = await browser.$('#job-stopped')
    await stopped.waitForDisplayed({ timeout: 30000 })
    assert.equal(await stopped.getText(), m['error-cancelled'])
    assert.equal(await browser.$('.error-text').getText(), m['error-cancelled'])
    assert.equal(await bar.isExisting(), false)
    assert.deepEqual(readdirSync(prints), [], 'no export and no part of one')
    await screenshot(browser, 'job-stopped')

    await browser.$('#save-export').click()
    await browser.waitUntil(async () => readdirSync(prints).some((f) => f.endsWith('.csv')), {
      timeout: 300000,
      interval: 500,
      timeoutMsg: 'the export runs to the end the second time',
    })
    assert.equal((await browser.$$('.error-text')).length, 0)
    const csv = readdirSync(prints).find((f) => f.endsWith('.csv'))
    // "For Excel" is ticked by default: a byte order mark, then the header.
    const head = Buffer.alloc(14)
    const fd = openSync(path.join(prints, csv), 'r')
    readSync(fd, head, 0, head.length, 0)
    closeSync(fd)
    assert.equal(head.toString(), '\uFEFFsession_id,')
    assert.ok(!readdirSync(prints).some((f) => f.endsWith('.part')))
  } finally {
    await app.close()
  }
})
