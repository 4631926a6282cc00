// The passphrase, locking, backups and the audit log, as a trainer meets them.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { launch, messages, PASSPHRASE, screenshot } from './harness.mjs'

const ENV = { LANG: 'en_GB.UTF-8', LC_ALL: 'en_GB.UTF-8' }

async function textOf(browser, selector) {
  const el = await browser.$(selector)
  await el.waitForDisplayed({ timeout: 10000 })
  return (await el.getText()).trim()
}

test('set a passphrase, lock, a wrong passphrase is refused, unlock, back up, see the audit log', { timeout: 240_000 }, async () => {
  const app = await launch({ env: ENV, locked: true })
  const m = messages('en', 'data.ftl')
  try {
    const { browser } = app
    assert.equal(await browser.$('[data-screen]').getAttribute('data-screen'), 'set-passphrase')
    assert.match(await browser.$('.warning').getText(), /nobody can open the data/)

    await browser.$('#passphrase').setValue('short')
    await browser.$('#passphrase-confirmation').setValue('short')
    await browser.$('#passphrase-submit').click()
    assert.equal(await textOf(browser, '.error-text'), m['invalid-too-short'], 'the message stands next to the field')

    await browser.$('#passphrase').setValue(PASSPHRASE)
    await browser.$('#passphrase-confirmation').setValue(`${PASSPHRASE}!`)
    assert.match(await textOf(browser, '.strength'), /Strength: (fair|good|strong)/)
    await browser.$('#passphrase-submit').click()
    assert.equal(await textOf(browser, '.error-text'), m['invalid-mismatch'])
    await screenshot(browser, 'data-set-passphrase')

    await browser.$('#passphrase-confirmation').setValue(PASSPHRASE)
    await browser.$('#passphrase-submit').click()
    await browser.$('nav button').waitForDisplayed({ timeout: 30000 })

    await browser.$('#lock').click()
    await browser.$('[data-screen="unlock"]').waitForDisplayed({ timeout: 10000 })
    assert.equal(await browser.$$('nav button').length, 0, 'nothing of the data stays on screen')
    await browser.$('#passphrase').setValue('not the passphrase at all')
    await browser.$('#passphrase-submit').click()
    assert.equal(await textOf(browser, '.error-text[data-code="wrong-passphrase"]'), m['error-wrong-passphrase'])
    await screenshot(browser, 'data-wrong-passphrase')
    await browser.$('#passphrase').setValue(PASSPHRASE)
    await browser.$('#passphrase-submit').click()
    await browser.$('nav button').waitForDisplayed({ timeout: 30000 })

    await browser.$('nav button[data-area="settings"]').click()
    const backups = () => browser.$$('.backups > li')
    await browser.waitUntil(async () => (await backups().length) >= 1, { timeout: 10000, timeoutMsg: 'the backup made at unlock is listed' })
    const before = await backups().length
    await browser.$('#back-up-now').click()
    assert.equal(await textOf(browser, '.backups + .done, .done'), m['data-backed-up'])
    await browser.waitUntil(async () => (await backups().length) === before + 1, { timeout: 10000, timeoutMsg: 'the new backup is listed' })

    await browser.$('.backups > li[data-kind="manual"] button.open').click()
    await browser.$('.backup-passphrase').setValue(PASSPHRASE)
    await browser.$('.look button[type="submit"]').click()
    await browser.$('.preview').waitForDisplayed({ timeout: 10000 })
    assert.match(await browser.$('.preview').getText(), /0 sessions/)

    await browser.waitUntil(async () => (await browser.$$('.audit tr[data-action="backup"]').length) >= 2, {
      timeout: 10000,
      timeoutMsg: 'the backups are in the audit log',
    })
    assert.equal(await browser.$('.audit [data-verified]').getAttribute('data-verified'), 'true')
    assert.ok((await browser.$$('.audit tr[data-action="unlock"]').length) >= 1)
    await browser.$('#data-protection').scrollIntoView()
    await screenshot(browser, 'data-settings')
    await browser.$('.audit').scrollIntoView()
    await screenshot(browser, 'data-audit')
  } finally {
    await app.close()
  }
})
