// Steps several end-to-end tests share.
import assert from 'node:assert/strict'
import { screenshot } from './harness.mjs'

/** The last option of each item before training, the first one after it (often right), so
 * the phases differ. */
const usual = (keys, phase) => keys.at(phase === 'pre' ? -1 : 0)

/** Creates a session at `site` with `trainers` from the Sessions area and opens its page. */
export async function newSession(browser, site = 'Site', trainers = 'Team') {
  await browser.$('button[data-area="sessions"]').click()
  await browser.$('#new-session').click()
  await browser.$('#session-site').waitForDisplayed()
  await browser.$('#session-site').setValue(site)
  await browser.$('#session-trainers').setValue(trainers)
  await browser.$('form.form button[type="submit"]').click()
  await browser.$('.session-title').waitForDisplayed()
}

/** Adds `n` people without names to the open session's roster; returns their codes. */
export async function addPeople(browser, n) {
  for (let i = 0; i < n; i++) {
    await browser.$('#roster-name').click()
    await browser.keys('Enter')
    await browser.waitUntil(async () => (await browser.$$('table.roster tbody tr')).length === i + 1)
  }
  const codes = []
  for (const row of await browser.$$('table.roster tbody tr')) codes.push(await row.getAttribute('data-code'))
  return codes
}

/** Opens the paper entry grid with the button `opener` and types a sheet for each of
 * `codes`, the key `choose(keys, phase, code)` picks for each item. */
export async function typeSheets(browser, phase, codes, opener, choose = usual) {
  await browser.$(opener).click()
  const table = await browser.$('table.entry')
  await table.waitForDisplayed()
  const headers = await table.$$('thead th .keys')
  const keys = []
  // A + marks a multiple-answer question; the keys are the letters before it.
  for (const h of headers) keys.push((await h.getText()).replace('+', ''))
  for (const code of codes) {
    const row = await table.$(`tr[data-code="${code}"]`)
    const inputs = await row.$$('input')
    assert.equal(inputs.length, keys.length)
    for (const [i, input] of inputs.entries()) {
      await input.scrollIntoView({ block: 'center', inline: 'center' })
      if (await input.getValue()) await input.clearValue()
      await input.addValue(choose(keys[i], phase, code))
    }
  }
  await screenshot(browser, `grid-${phase}`)
  await browser.$('#grid-close').click()
  await table.waitForExist({ reverse: true })
}
