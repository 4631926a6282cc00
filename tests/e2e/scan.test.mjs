// Paper sheets read from photographs: a session's post-test sheets are printed, marked as
// people mark them and photographed (by the core's test corpus), saved into the scan
// folder, and read into the entry grid. Two answers carry a second cross and must be
// flagged; the trainer checks every flagged answer with the keyboard, looking at the
// picture, and saves; the stored answers are those on the paper, and Results show them.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { newSession } from './flows.mjs'
import { launch, PASSPHRASE, ROOT, screenshot } from './harness.mjs'

const respond = path.join(ROOT, 'target/debug/respond')

test('photographed sheets fill the grid, flagged answers are checked, and Results show them', { timeout: 600_000 }, async () => {
  const app = await launch()
  try {
    const { browser, dataDir } = app
    const env = { ...process.env, RESPOND_DATA_DIR: dataDir, RESPOND_PASSPHRASE: PASSPHRASE }
    await newSession(browser, 'JVA Köln', 'Team')
    for (let n = 1; n <= 2; n++) {
      await browser.$('#roster-name').click()
      await browser.keys('Enter')
      await browser.waitUntil(async () => (await browser.$$('table.roster tbody tr')).length === n)
    }

    const scans = path.join(dataDir, 'printouts', 'scans')
    mkdirSync(scans, { recursive: true })
    execFileSync('cargo', ['test', '-q', '--test', 'scan', '--', '--ignored', '--exact', 'write_marked_sheets_for_the_end_to_end_test'], {
      cwd: ROOT,
      env: { ...env, SCAN_SESSION: '1', SCAN_OUT: scans },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    const truth = JSON.parse(readFileSync(path.join(scans, 'truth.json'), 'utf8'))
    const codes = [...new Set(truth.map(([code]) => code))]

    await browser.$('.phase[data-phase="post"] button.grid').click()
    const table = await browser.$('table.entry')
    await table.waitForDisplayed()
    await browser.$('#scan-read-folder').click()
    await browser.$('#scan-summary').waitForDisplayed({ timeout: 120_000 })
    assert.equal(await browser.$$('#scan-problems li').length, 0, 'every page read')
    for (const code of codes) {
      const status = await table.$(`tr[data-code="${code}"] td.status`).getAttribute('data-status')
      assert.ok(['check', 'scanned'].includes(status), `${code} read, not saved: ${status}`)
    }

    // The two questions with two crosses are flagged, with the picture of their boxes.
    const first = await table.$(`tr[data-code="${codes[0]}"]`)
    for (const col of [0, 1]) {
      assert.equal(await first.$(`input[data-col="${col}"]`).getAttribute('data-uncertain'), 'true', `question ${col + 1} flagged`)
    }
    const flagged = await browser.$$('input[data-uncertain="true"]')
    assert.ok(flagged.length >= 2)
    await first.$('input[data-col="0"]').click()
    await browser.$('#scan-crop img').waitForDisplayed()
    await screenshot(browser, 'scan-check')

    // Saving before checking stores nothing, and closing keeps the grid open on what is
    // left to check rather than lose it.
    await browser.$('#grid-save').click()
    assert.equal(await first.$('td.status').getAttribute('data-status'), 'check')
    await browser.$('#grid-close').click()
    assert.ok(await table.isExisting(), 'the grid stays open')
    assert.equal(await browser.execute(() => document.activeElement?.getAttribute('data-uncertain')), 'true', 'at an answer to check')

    // The trainer keeps the first cross of the two on each, and every other reading as read.
    const kept = {}
    for (const col of [0, 1]) {
      const input = await first.$(`input[data-col="${col}"]`)
      await input.scrollIntoView({ block: 'center', inline: 'center' })
      const read = await input.getValue()
      assert.equal(read.length, 2, `both crosses read: ${read}`)
      await input.click()
      await browser.keys(read[0])
      kept[col] = read[0]
    }
    // Elsewhere: where two boxes of a one-answer question were read, the first is typed;
    // any other reading is kept with Enter, which moves on to the next one to check.
    const decided = new Set()
    for (;;) {
      const left = await browser.$$('input[data-uncertain="true"]')
      if (!left.length) break
      await browser.execute((el) => el.focus(), left[0])
      if ((await left[0].getAttribute('class')).includes('bad')) {
        const row = await left[0].getAttribute('data-row')
        decided.add(`${row} ${await left[0].getAttribute('data-col')}`)
        await browser.keys((await left[0].getValue())[0])
      } else {
        await browser.keys('Enter')
      }
    }
    await browser.$('#grid-save').click()
    for (const code of codes) {
      await browser.waitUntil(async () => (await table.$(`tr[data-code="${code}"] td.status`).getAttribute('data-status')) === 'saved')
    }
    await screenshot(browser, 'scan-saved')

    // What is stored is what was on the paper: the second person's sheet box for box, but
    // for questions with two marks, which the trainer decided.
    const csv = path.join(dataDir, 'long.csv')
    execFileSync(respond, ['--lang', 'en', 'export', '--format', 'long-csv', '--session', '1', '--out', csv], { env })
    const [header, ...rows] = readFileSync(csv, 'utf8').trim().split('\n').map((l) => l.split(','))
    const col = (name) => header.indexOf(name)
    const stored = new Map(rows.filter((r) => r[col('phase')] === 'post').map((r) => [`${r[col('participant')]} ${r[col('item_id')]}`, r[col('chosen')]]))
    assert.ok(stored.size > 0)
    const items = [...new Set(truth.map(([, item]) => item))]
    for (const [n, item] of items.entries()) {
      if (decided.has(`1 ${n}`)) continue
      const meant = truth.filter(([c, i, , m]) => c === codes[1] && i === item && m).map(([, , o]) => o).sort()
      const got = (stored.get(`${codes[1]} ${item}`) ?? '').split(/[|;]/).filter(Boolean).sort()
      assert.deepEqual(got, meant, `${codes[1]} ${item}`)
    }

    await browser.$('#grid-close').click()
    await table.waitForExist({ reverse: true })
    for (const code of codes) {
      const post = await browser.$(`table.people tr[data-code="${code}"] td:nth-of-type(2)`).getText()
      assert.match(post, /\d/, `${code}'s post-test in Results: ${post}`)
    }
    await screenshot(browser, 'scan-results')
  } finally {
    await app.close()
  }
})
