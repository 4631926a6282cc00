// Nothing that cannot be taken back happens on one click: Remove, Erase name and Erase
// names ask first; Escape and Cancel change nothing; confirming acts and is audited.
// The participant form saves without an own code.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { newSession } from './flows.mjs'
import { launch, PASSPHRASE, ROOT, screenshot } from './harness.mjs'

const rows = async (browser) => (await browser.$$('table.roster tbody tr')).length

async function question(browser) {
  await browser.$('#confirm-action').waitForDisplayed()
  return browser.$('#confirm-action').getText()
}

test('remove and erase ask first; cancel keeps everything; confirm acts and is audited', { timeout: 180_000 }, async () => {
  const app = await launch()
  const { browser, dataDir } = app
  try {
    await newSession(browser, 'Site', 'Team')
    for (const name of ['Maria Dos Santos', 'Tom Example']) {
      await browser.$('#roster-name').setValue(name)
      // Enter on the language list adds the person too.
      await browser.$('#roster-language').click()
      await browser.keys('Enter')
      await browser.waitUntil(async () => (await rows(browser)) === (name === 'Tom Example' ? 2 : 1))
    }
    const first = await browser.$('table.roster tbody tr').getAttribute('data-code')

    // A person added by mistake comes out again at once, with no question: nothing to lose.
    await browser.$('#roster-name').setValue('Added by mistake')
    await browser.keys('Enter')
    await browser.waitUntil(async () => (await rows(browser)) === 3)
    assert.match(await browser.$('#roster-added').getText(), /added/)
    await browser.$('#roster-undo').click()
    await browser.waitUntil(async () => (await rows(browser)) === 2)
    assert.equal(await browser.$('#confirm-action').isExisting(), false, 'undo asks nothing')
    assert.equal(await browser.$('#roster-undo').isExisting(), false)

    // Remove: Escape, then Cancel, change nothing.
    await browser.$(`tr[data-code="${first}"] button.remove`).click()
    assert.match(await question(browser), new RegExp(first), 'the button names whom it removes')
    assert.equal(await browser.execute(() => document.activeElement?.id), 'confirm-cancel', 'focus starts on Cancel')
    await browser.keys(['Shift', 'Tab'])
    await browser.keys(['Shift', 'Tab'])
    assert.ok(['confirm-cancel', 'confirm-action'].includes(await browser.execute(() => document.activeElement?.id)), 'focus stays in the question')
    await screenshot(browser, 'confirm-remove')
    await browser.keys('Escape')
    await browser.$('#confirm-action').waitForExist({ reverse: true })
    assert.equal(await rows(browser), 2)
    await browser.$(`tr[data-code="${first}"] button.remove`).click()
    await question(browser)
    await browser.$('#confirm-cancel').click()
    assert.equal(await rows(browser), 2)

    // Erase name: cancel keeps it, confirm erases it.
    await browser.$(`tr[data-code="${first}"] button.erase-name`).click()
    await question(browser)
    await browser.$('#confirm-cancel').click()
    assert.equal(await browser.$(`tr[data-code="${first}"] bdi`).getText(), 'Maria Dos Santos')
    await browser.$(`tr[data-code="${first}"] button.erase-name`).click()
    await question(browser)
    await browser.$('#confirm-action').click()
    await browser.waitUntil(async () => (await browser.$(`tr[data-code="${first}"] bdi`).getText()) === '–')

    // Erase names of the session: cancel keeps the other name.
    await browser.$('#erase-names').click()
    await question(browser)
    await browser.keys('Escape')
    await browser.waitUntil(async () => (await browser.$('table.roster').getText()).includes('Tom Example'))

    // The edit form saves a new name with the own code left empty.
    const second = (await browser.$$('table.roster tbody tr'))[1]
    const secondCode = await second.getAttribute('data-code')
    await second.$('button.edit').click()
    await browser.$('#edit-name').setValue('Tom Other')
    assert.equal(await browser.$('#sgic-month').getValue(), '', 'the own-code boxes start empty')
    await browser.keys('Enter')
    await browser.waitUntil(async () => (await browser.$(`tr[data-code="${secondCode}"] bdi`).getText()) === 'Tom Other', {
      timeout: 5000,
      timeoutMsg: 'the form saved without an own code',
    })

    // The naloxone kit: put in property for release, with its date typed as people write it.
    await second.$('button.edit').click()
    await browser.$('#edit-kit').selectByAttribute('value', 'in-property')
    await browser.$('#edit-kit-date').setValue('20/11/2026')
    await browser.$('#edit-save').click()
    await browser.waitUntil(async () => (await browser.$(`tr[data-code="${secondCode}"] .kit`).getText()).includes('20 November 2026'), {
      timeout: 5000,
      timeoutMsg: 'the kit shows in the roster with its date',
    })

    // Remove, confirmed.
    await browser.$(`tr[data-code="${first}"] button.remove`).click()
    await question(browser)
    await browser.$('#confirm-action').click()
    await browser.waitUntil(async () => (await rows(browser)) === 1)

    // Delete the session: Escape keeps it; confirming backs up, deletes and goes back.
    await browser.$('#delete-session').click()
    assert.match(await question(browser), /Site/, 'the button names the session')
    await browser.keys('Escape')
    assert.ok(await browser.$('.session-title').isExisting(), 'still here')
    await browser.$('#delete-session').click()
    await question(browser)
    await browser.$('#confirm-action').click()
    await browser.$('#new-session').waitForDisplayed()
    assert.equal(await browser.$('.session-title').isExisting(), false)
  } finally {
    await app.close()
  }

  const out = path.join(mkdtempSync(path.join(tmpdir(), 'respond-audit-')), 'audit.csv')
  const respond = path.join(ROOT, process.env.CARGO_TARGET_DIR ?? 'target', 'debug/respond')
  execFileSync(respond, ['--lang', 'en', 'audit', '--export', out], { env: { ...process.env, RESPOND_DATA_DIR: dataDir, RESPOND_PASSPHRASE: PASSPHRASE } })
  const log = readFileSync(out, 'utf8')
  assert.equal((log.match(/,erase,participant-name,/g) ?? []).length, 1, log)
  assert.equal((log.match(/,erase,participant,/g) ?? []).length, 2, 'the undone add and the confirmed removal')
  assert.equal((log.match(/,erase,session-names,/g) ?? []).length, 0, 'cancelled: nothing erased')
  assert.equal((log.match(/,delete,session,/g) ?? []).length, 1, log)
  assert.ok(/,backup,manual,/.test(log), 'a backup before the session went')
})
