// The Print page: choose a document, see its first page, save it as a PDF.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { launch, messages, screenshot } from './harness.mjs'

async function saveAndRead(browser) {
  await browser.$('#print-save').click()
  const saved = await browser.$('#print-saved')
  await saved.waitForDisplayed({ timeout: 20000 })
  const file = (await saved.getText()).replace(/^[^/]*/, '').trim()
  return execFileSync('pdftotext', [file, '-']).toString()
}

test('a handout and a release card: preview, then save as PDF', { timeout: 180_000 }, async () => {
  const prints = mkdtempSync(path.join(tmpdir(), 'respond-prints-'))
  const app = await launch({ env: { LANG: 'nl_BE.UTF-8', LC_ALL: 'nl_BE.UTF-8', RESPOND_PRINT_DIR: prints } })
  try {
    const { browser } = app
    await browser.$('button[data-area="print"]').click()
    await browser.$('input[data-kind="handout"]').click()
    await browser.$('#print-audience').selectByAttribute('value', 'officers')
    await browser.$('#print-language').selectByAttribute('value', 'fr')
    await browser.$('#print-preview').click()
    const canvas = await browser.$('figure.preview canvas')
    await canvas.waitForExist({ timeout: 20000 })
    await browser.waitUntil(async () => Number(await canvas.getAttribute('data-pages')) > 0, { timeout: 20000, timeoutMsg: 'the first page is drawn' })
    assert.ok(Number(await canvas.getAttribute('width')) > 500)
    await screenshot(browser, 'print-preview-nl-ui-fr-handout')
    const handout = await saveAndRead(browser)
    const title = messages('fr', 'print.ftl')['print-handout-title-officers']
    assert.ok(handout.replace(/\s+/g, ' ').includes(title.replace(/\s+/g, ' ')), `the French officers' handout is titled ${title}`)

    await browser.$('input[data-kind="releaseCard"]').click()
    await browser.$('#print-language').selectByAttribute('value', 'pt')
    await browser.$('#print-paper').selectByAttribute('value', 'letter')
    const card = await saveAndRead(browser)
    assert.match(card, /112/)
  } finally {
    await app.close()
  }
})
