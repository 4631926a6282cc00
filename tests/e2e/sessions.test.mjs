// A session run end to end as a trainer would: create it, fill the roster, pre-test on the
// laptop and on paper, post-test, and read the scores per topic.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { typeSheets } from './flows.mjs'
import { launch, messages, screenshot } from './harness.mjs'

const de = { ...messages('de'), ...messages('de', 'sessions.ftl') }

async function kioskRun(browser, code, pin, phase) {
  await browser.$(`.phase[data-phase="${phase}"] button.kiosk`).click()
  await browser.$('#kiosk-pin').setValue(pin)
  await browser.$('#kiosk-pin-again').setValue(pin)
  await browser.keys('Enter')
  await browser.$('#kiosk-code').waitForDisplayed()
  await browser.$('#kiosk-code').setValue(code.toLowerCase())
  await browser.keys('Enter')
  let shots = 0
  for (;;) {
    const item = await browser.$('.kiosk .item')
    if (!(await item.isExisting())) break
    const id = await item.getAttribute('data-item')
    if (shots++ === 2) await screenshot(browser, `kiosk-${phase}-item`)
    const multi = await browser.$('.kiosk button.next').isExisting()
    await browser.$('.kiosk .option').click()
    // Select-all-that-apply items wait for Next; the others move on at the first tap.
    if (multi) {
      assert.equal(await browser.$('.kiosk .option').getAttribute('aria-pressed'), 'true')
      await browser.$('.kiosk button.next').click()
    }
    await browser.waitUntil(async () => {
      const now = await browser.$('.kiosk .item')
      // The last item can give way to the review between the two questions.
      if (!(await now.isExisting())) return true
      return (await now.getAttribute('data-item').catch(() => null)) !== id
    }, { timeout: 5000, timeoutMsg: `item ${id} was not saved` })
  }
  if (phase === 'post') {
    await browser.$('.kiosk .review').waitForDisplayed()
    const reviewed = await browser.$$('.kiosk .review li')
    assert.ok(reviewed.length > 10, 'the post-test shows each answer with its explanation')
    for (const li of reviewed) {
      assert.doesNotMatch(await li.$('dd').getText(), /^–/, 'every answer given on the kiosk was stored, multiple select too')
    }
    await screenshot(browser, 'kiosk-post-review')
    await browser.$('.kiosk .review button.big').click()
  }
  await browser.$('#kiosk-next-person').waitForDisplayed()
  await browser.$('.kiosk .leave').click()
  await browser.$('#kiosk-unlock').setValue('0000')
  await browser.keys('Enter')
  await browser.$('.kiosk .error-text').waitForDisplayed()
  assert.ok(await browser.$('div.kiosk').isExisting(), 'a wrong PIN does not leave the kiosk')
  await browser.$('#kiosk-unlock').setValue(pin)
  await browser.keys('Enter')
  await browser.$('div.kiosk').waitForExist({ reverse: true })
}


test('a German session: roster, kiosk and paper pre-test, post-test, scores per topic', { timeout: 300_000 }, async () => {
  const prints = mkdtempSync(path.join(tmpdir(), 'respond-prints-'))
  const app = await launch({ env: { LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8', RESPOND_PRINT_DIR: prints } })
  try {
    const { browser } = app
    await browser.$('button[data-area="sessions"]').click()
    await browser.$('#new-session').click()
    await browser.$('#session-site').waitForDisplayed()
    await browser.$('#session-site').setValue('JVA Münster')
    await browser.$('#session-country').selectByAttribute('value', 'DE')
    await browser.$('#session-trainers').setValue('Gesundheitsdienst')
    await browser.$('#session-language').selectByAttribute('value', 'de')
    await screenshot(browser, 'session-form-de')
    await browser.$('form.form button[type="submit"]').click()
    await browser.$('.session-title').waitForDisplayed()
    assert.match(await browser.$('.session-title').getText(), /JVA Münster/)

    // Three people, keyboard only: a name (or none) and Enter.
    await browser.$('#roster-name').setValue('Jürgen Weiß-Özdemir')
    await browser.keys('Enter')
    await browser.waitUntil(async () => (await browser.$$('table.roster tbody tr')).length === 1)
    for (let i = 0; i < 2; i++) {
      await browser.$('#roster-name').click()
      await browser.keys('Enter')
      await browser.waitUntil(async () => (await browser.$$('table.roster tbody tr')).length === i + 2)
    }
    const codes = []
    for (const row of await browser.$$('table.roster tbody tr')) codes.push(await row.getAttribute('data-code'))
    assert.equal(new Set(codes).size, 3)
    for (const code of codes) assert.match(code, /^[ACDEFHJKMNPRTUVWXY3479]{3}-[ACDEFHJKMNPRTUVWXY3479]{3}$/)
    assert.equal(await browser.$(`tr[data-code="${codes[0]}"] bdi`).getText(), 'Jürgen Weiß-Özdemir')
    await screenshot(browser, 'session-roster-de')

    // Paper answer sheets for the whole roster, one PDF, each person's code on their sheet.
    await browser.$('.phase[data-phase="pre"] button.sheets').click()
    await browser.$('#printed-path').waitForDisplayed({ timeout: 20000 })
    const pdf = path.join(prints, 'answer-sheets-1-pre.pdf')
    assert.ok(existsSync(pdf), `${pdf} was written`)
    const sheetText = execFileSync('pdftotext', [pdf, '-']).toString()
    for (const code of codes) assert.ok(sheetText.includes(code), `${code} has a sheet`)

    await kioskRun(browser, codes[0], '2468', 'pre')
    await typeSheets(browser, 'pre', codes.slice(1), `.phase[data-phase="pre"] button.grid`)
    await kioskRun(browser, codes[0], '2468', 'post')
    await typeSheets(browser, 'post', codes.slice(1), `.phase[data-phase="post"] button.grid`)

    const scores = await browser.$('#domain-scores')
    await browser.waitUntil(async () => (await scores.$('thead').getText()).includes('(3)'), { timeout: 5000, timeoutMsg: 'scores for 3 people' })
    const head = await scores.$('thead').getText()
    assert.ok(head.includes(`${de['phase-pre']} (3)`) && head.includes(`${de['phase-post']} (3)`), head)
    for (const domain of ['risks', 'signs', 'actions', 'naloxone', 'myths']) {
      const cells = await scores.$$(`tr[data-domain="${domain}"] td`)
      for (const cell of cells) assert.match(await cell.getText(), /^\d+ %$/, `${domain} has a score`)
    }
    assert.equal(await scores.$('tr[data-domain="myths"] th').getText(), de['domain-myths'])
    await scores.scrollIntoView()
    await screenshot(browser, 'session-scores-de')

    // The group view: the room's answers to an item, no names, then the facts.
    await browser.$('.phase[data-phase="post"] button.group').click()
    await browser.$('#group-reveal').click()
    await browser.$('.group .bars .value').waitForDisplayed()
    const shares = []
    for (const v of await browser.$$('.group .bars .value')) shares.push(await v.getText())
    assert.ok(shares.every((s) => /^\d+ %$/.test(s)), shares.join())
    assert.doesNotMatch(await browser.$('div.group').getText(), new RegExp(codes.join('|')), 'no codes on the projector')
    // Past the six confidence items to the first knowledge question, which has facts.
    for (let i = 0; i < 6; i++) await browser.keys('ArrowRight')
    await browser.$('#group-reveal').click()
    await browser.$('#group-facts').click()
    await browser.$('.group .bars li.right').waitForDisplayed()
    await screenshot(browser, 'group-view-de')
    await browser.keys('Escape')
    await browser.$('div.group').waitForExist({ reverse: true })

    // A personal handout: only the myths this person still believed after training.
    await browser.$('button[data-area="print"]').click()
    await browser.$('input[data-kind="personalHandout"]').click()
    await browser.$('#print-participant').waitForDisplayed()
    await browser.waitUntil(async () => (await browser.$$('#print-participant option')).length === 3)
    await browser.$('#print-participant').selectByVisibleText(codes[2])
    await browser.$('#print-save').click()
    await browser.$('#print-saved').waitForDisplayed({ timeout: 20000 })
    const personal = execFileSync('pdftotext', [path.join(prints, `handout-${codes[2]}.pdf`), '-']).toString()
    assert.ok(personal.includes(messages('de', 'print.ftl')['print-handout-title-personal']), 'the personal handout is in German')

    // Certificates for the whole session: the two without a name are listed first, by
    // code, and the named one is printed; then the named one alone, accents as typed.
    await browser.$('input[data-kind="certificates"]').click()
    await browser.$('#print-skips').waitForDisplayed({ timeout: 10000 })
    const skips = await browser.$('#print-skips').getText()
    assert.ok(skips.includes(codes[1]) && skips.includes(codes[2]) && !skips.includes(codes[0]), skips)
    await browser.$('#print-save').click()
    await browser.$('#print-saved').waitForDisplayed({ timeout: 20000 })
    const all = execFileSync('pdftotext', [path.join(prints, `certificates-1.pdf`), '-']).toString()
    assert.ok(all.includes('Jürgen Weiß-Özdemir'), 'the named person is printed for the whole session')
    await browser.$('#print-cert-who').selectByVisibleText(`${codes[0]} · Jürgen Weiß-Özdemir`)
    await browser.$('#print-save').click()
    await browser.$('#print-saved').waitForDisplayed({ timeout: 20000 })
    const certificate = execFileSync('pdftotext', [path.join(prints, `certificate-${codes[0]}.pdf`), '-']).toString()
    assert.ok(certificate.includes('Jürgen Weiß-Özdemir'), 'the name round-trips with its accents')
  } finally {
    await app.close()
  }
})
