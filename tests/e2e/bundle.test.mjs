// One programme, two laptops, a USB stick: laptop A trains a group and makes a bundle;
// laptop B opens it (a wrong passphrase is refused; the key is compared and accepted),
// follows a person up and makes a bundle back; A opens that, and A's Results count the
// follow-up made on B.
import assert from 'node:assert/strict'
import { copyFileSync, mkdtempSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { newSession, typeSheets } from './flows.mjs'
import { launch, PASSPHRASE, ROOT, screenshot } from './harness.mjs'

const STICK = 'stick passphrase for the bundle'
const respond = path.join(ROOT, process.env.CARGO_TARGET_DIR ?? 'target', 'debug/respond')

async function toShare(browser) {
  await browser.$('button[data-area="settings"]').click()
  await browser.$('#share').scrollIntoView()
}

/** Makes a bundle of every session; returns its path and this laptop's key fingerprint. */
async function makeBundle(browser) {
  await toShare(browser)
  const identity = (await browser.$('#share-identity').getText()).match(/[0-9A-F]{4}(-[0-9A-F]{4}){3}/)[0]
  await browser.$('#share-passphrase').setValue(STICK)
  await browser.$('#share-passphrase-again').setValue(STICK)
  await browser.$('#share-export').click()
  await browser.$('#share-exported').waitForDisplayed({ timeout: 30000 })
  const file = (await browser.$('#share-exported').getText()).match(/\/\S+\.respond/)[0]
  return { file, identity }
}

/** Gives the person with `code` in the first session an own code from its four parts. */
async function setOwnCode(browser, code, [parent, month, siblings, place]) {
  await browser.$('button[data-area="sessions"]').click()
  await browser.$('table.sessions button.link').click()
  await browser.$(`tr[data-code="${code}"] button.edit`).click()
  await browser.$('#sgic-parent').setValue(parent)
  await browser.$('#sgic-month').setValue(month)
  await browser.$('#sgic-siblings').setValue(siblings)
  await browser.$('#sgic-place').setValue(place)
  await browser.$('#edit-save').click()
  await browser.waitUntil(async () => (await browser.$(`tr[data-code="${code}"]`).getText()).includes(parent.toUpperCase()))
}

/** Opens the bundle named `name` from the print folder and imports it, confirming the key
 * `expected` of a laptop seen for the first time; `choose` answers the conflicts first. */
async function openBundle(browser, name, expected, choose = async () => {}) {
  await toShare(browser)
  await browser.$(`button.bundle-file=${name}`).click()
  await browser.$('#share-import-passphrase').setValue('not the passphrase')
  await browser.$('#share-look').click()
  await browser.$('#share-import-error').waitForDisplayed({ timeout: 30000 })
  assert.equal(await browser.$('#share-preview').isExisting(), false, 'a wrong passphrase shows nothing of it')
  await browser.$('#share-import-passphrase').setValue(STICK)
  await browser.$('#share-look').click()
  await browser.$('#share-preview').waitForDisplayed({ timeout: 30000 })
  assert.match(await browser.$('#share-from').getText(), new RegExp(expected), 'the other laptop\'s key is shown to compare')
  assert.equal(await browser.$('#share-import').isEnabled(), false, 'a new laptop\'s bundle waits for its key to be confirmed')
  await screenshot(browser, `bundle-preview-${expected}`)
  await browser.$('#share-trust').click()
  await choose()
  await browser.$('#share-import').click()
  await browser.$('#share-imported').waitForDisplayed({ timeout: 30000 })
}

test('laptop A trains, laptop B follows up, A sees the follow-up in its Results', { timeout: 600_000 }, async () => {
  const printsA = mkdtempSync(path.join(tmpdir(), 'respond-prints-a-'))
  const printsB = mkdtempSync(path.join(tmpdir(), 'respond-prints-b-'))

  // Laptop A: a session, two people who agree to a follow-up, both tests on paper.
  let app = await launch({ env: { RESPOND_PRINT_DIR: printsA } })
  const dataA = app.dataDir
  let codes = []
  let fromA
  try {
    const { browser } = app
    await newSession(browser, 'Northfield prison', 'Health care team')
    for (let i = 0; i < 2; i++) {
      await browser.$('#roster-consent').click()
      await browser.$('#roster-name').click()
      await browser.keys('Enter')
      await browser.waitUntil(async () => (await browser.$$('table.roster tbody tr')).length === i + 1)
    }
    for (const row of await browser.$$('table.roster tbody tr')) codes.push(await row.getAttribute('data-code'))
    await typeSheets(browser, 'pre', codes, '.phase[data-phase="pre"] button.grid')
    await typeSheets(browser, 'post', codes, '.phase[data-phase="post"] button.grid')
    await browser.$('#close-session').click()
    fromA = await makeBundle(browser)
    await screenshot(browser, 'bundle-made')
  } finally {
    await app.close()
  }

  // The stick: laptop B's trainer copies the file into B's print folder.
  copyFileSync(fromA.file, path.join(printsB, path.basename(fromA.file)))
  app = await launch({ env: { RESPOND_PRINT_DIR: printsB } })
  let fromB
  try {
    const { browser } = app
    await openBundle(browser, path.basename(fromA.file), fromA.identity)
    assert.match(await browser.$('#share-imported').getText(), /2 new/)

    await browser.$('button[data-area="followup"]').click()
    const site = await browser.$('section.site')
    await site.waitForDisplayed()
    await site.$(`tr[data-code="${codes[0]}"] button.record`).click()
    await browser.$('#recording-who').waitForDisplayed()
    await typeSheets(browser, 'followup', [codes[0]], '#followup-paper')
    // At the follow-up, the second person gives an own code; laptop A records another.
    await setOwnCode(browser, codes[1], ['Ma', '4', '2', 'Leeds'])
    fromB = await makeBundle(browser)
    assert.notEqual(fromB.identity, fromA.identity, 'each laptop has its own key')
    assert.notEqual(path.basename(fromB.file), path.basename(fromA.file), 'bundles of one day from two laptops do not overwrite each other')
  } finally {
    await app.close()
  }

  // Home again: A imports B's bundle; its Results for the session count the follow-up
  // (one session: small numbers are not hidden).
  copyFileSync(fromB.file, path.join(printsA, path.basename(fromB.file)))
  app = await launch({ dataDir: dataA, env: { RESPOND_PRINT_DIR: printsA } })
  try {
    const { browser } = app
    await setOwnCode(browser, codes[1], ['Jo', '11', '7', 'Porto'])
    await openBundle(browser, path.basename(fromB.file), fromB.identity, async () => {
      // Changed on both laptops: the trainer sees both versions and takes B's.
      const conflict = await browser.$('fieldset.conflict')
      assert.match(await conflict.getText(), new RegExp(codes[1]))
      assert.match(await conflict.getText(), /Own code\s*JO-11-7-P\s*MA-04-2-L/)
      await screenshot(browser, 'bundle-conflict')
      await conflict.$('input.take-theirs').click()
    })
    assert.match(await browser.$('#share-imported').getText(), /1 new/, 'the follow-up test is new here')
    await screenshot(browser, 'bundle-imported')
    await browser.$('button[data-area="sessions"]').click()
    await browser.$('table.sessions button.link').click()
    await browser.waitUntil(async () => (await browser.$(`tr[data-code="${codes[1]}"]`).getText()).includes('MA-04-2-L'), {
      timeoutMsg: "the bundle's own code was taken",
    })
  } finally {
    await app.close()
  }
  const stats = JSON.parse(execFileSync(respond, ['--lang', 'en', 'stats', '--json', '--session', '1'], { env: { ...process.env, RESPOND_DATA_DIR: dataA, RESPOND_PASSPHRASE: PASSPHRASE } }).toString())
  assert.equal(stats.attrition.followup, 1, 'A counts the follow-up recorded on B')
  assert.equal(stats.attrition.trained, 2)
})
