// The paper entry grid typed as its hint says: a key the question does not take is
// refused where it is typed, and the arrow keys always move, from a cell of several
// letters too, so no answer piles into the wrong box.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { newSession } from './flows.mjs'
import { launch, screenshot } from './harness.mjs'

test('the grid refuses keys a question does not take, and arrows always move', { timeout: 120_000 }, async () => {
  const app = await launch()
  try {
    const { browser } = app
    await newSession(browser, 'Site', 'Team')
    await browser.$('#roster-name').click()
    await browser.keys('Enter')
    await browser.waitUntil(async () => (await browser.$$('table.roster tbody tr')).length === 1)

    await browser.$('.phase[data-phase="pre"] button.grid').click()
    const table = await browser.$('table.entry')
    await table.waitForDisplayed()
    const keys = []
    for (const h of await table.$$('thead th .keys')) keys.push(await h.getText())
    const active = () => browser.execute(() => Number(document.activeElement?.getAttribute('data-col')))

    // A letter the first (agreement, 1–5) question does not take.
    assert.equal(await active(), 0, 'the cursor starts in the first box')
    await browser.keys('Z')
    await browser.$('#grid-refused').waitForDisplayed()
    assert.equal(await browser.$('input[data-col="0"]').getValue(), '', 'the refused key is not kept')
    await screenshot(browser, 'grid-refused')

    // A select-all-that-apply question: two letters, then the right arrow leaves the box.
    const multi = keys.findIndex((k) => /^[A-Z]+\+$/.test(k))
    assert.ok(multi > 0, `a multiple-answer question: ${keys.join(' ')}`)
    const box = await browser.$(`input[data-col="${multi}"]`)
    for (let i = 0; i < multi; i++) await browser.keys('ArrowRight')
    assert.equal(await active(), multi, 'the arrows walk the row')
    await browser.keys(['c', 'a'])
    await browser.keys('ArrowRight')
    assert.equal(await active(), multi + 1, 'the arrow moved on from a box holding two letters')
    await browser.keys('ArrowLeft')
    assert.equal(await active(), multi)
    assert.equal(await box.getValue(), 'AC', 'the letters stay in their box, in order')
  } finally {
    await app.close()
  }
})
