// Follow-up and Results as a trainer would use them: a closed session, one person found
// again from the list by code, one by an own code given with one answer changed, their
// follow-up sheets, a booster, then the Results page and a CSV export.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import { newSession, typeSheets } from './flows.mjs'
import { launch, messages, screenshot } from './harness.mjs'

test('follow-up by code and by a changed own code, then Results and the CSV export', { timeout: 400_000 }, async () => {
  const prints = mkdtempSync(path.join(tmpdir(), 'respond-prints-'))
  const app = await launch({ env: { RESPOND_PRINT_DIR: prints } })
  try {
    const { browser } = app
    await newSession(browser, 'Northfield prison', 'Health care team')
    for (let i = 0; i < 6; i++) {
      // Each person agrees to be contacted for the follow-up: the box starts unticked.
      assert.equal(await browser.$('#roster-consent').isSelected(), false)
      await browser.$('#roster-consent').click()
      await browser.$('#roster-name').click()
      await browser.keys('Enter')
      await browser.waitUntil(async () => (await browser.$$('table.roster tbody tr')).length === i + 1)
    }
    const codes = []
    for (const row of await browser.$$('table.roster tbody tr')) codes.push(await row.getAttribute('data-code'))

    // The second person gives an own code for finding them later without their card.
    await browser.$(`tr[data-code="${codes[1]}"] button.edit`).click()
    await browser.$('#sgic-parent').setValue('Ma')
    await browser.$('#sgic-month').setValue('4')
    await browser.$('#sgic-siblings').setValue('2')
    await browser.$('#sgic-place').setValue('Leeds')
    await browser.$('#edit-save').click()
    await browser.waitUntil(async () => (await browser.$(`tr[data-code="${codes[1]}"]`).getText()).includes('MA-04-2-L'))

    // Different people know different things before training; after it most get it right.
    const before = (keys, phase, code) => keys.at(phase === 'pre' && codes.indexOf(code) % 2 === 0 ? -1 : 0)
    await typeSheets(browser, 'pre', codes, '.phase[data-phase="pre"] button.grid', before)
    await typeSheets(browser, 'post', codes, '.phase[data-phase="post"] button.grid')
    await browser.$('#close-session').click()
    await browser.waitUntil(async () => (await browser.$('#close-session').getText()) !== '')

    await browser.$('button[data-area="followup"]').click()
    const site = await browser.$('section.site')
    await site.waitForDisplayed()
    assert.equal(await site.$('li[data-status="upcoming"] strong').getText(), '6', 'the window opens in three months')
    await screenshot(browser, 'followup-list')

    // The recall list and the calendar of the windows, saved where printouts go.
    await site.$('button.recall').click()
    await browser.waitUntil(async () => (await browser.$('#followup-saved').isExisting()) && (await browser.$('#followup-saved').getText()).includes('.pdf'), { timeout: 20000 })
    const recall = execFileSync('pdftotext', [(await browser.$('#followup-saved').getText()).match(/\/\S+\.pdf/)[0], '-']).toString()
    assert.ok(codes.every((c) => recall.includes(c)), 'everyone to see again is on the recall list')
    const words = messages('en', 'followup.ftl')
    assert.ok(!recall.includes(words['followup-release']), 'codes only unless names are asked for')
    await site.$('input.recall-names').click()
    await site.$('button.recall').click()
    await browser.waitUntil(async () => {
      const file = (await browser.$('#followup-saved').getText()).match(/\/\S+\.pdf/)
      return file && execFileSync('pdftotext', [file[0], '-']).toString().includes(words['followup-release'])
    }, { timeout: 20000, timeoutMsg: 'with names asked for, the list has the name and release columns' })
    await site.$('button.calendar').click()
    await browser.waitUntil(async () => (await browser.$('#followup-saved').getText()).includes('.ics'), { timeout: 20000 })
    const ics = readFileSync((await browser.$('#followup-saved').getText()).match(/\/\S+\.ics/)[0], 'utf8')
    assert.equal(ics.match(/BEGIN:VEVENT/g).length, 6)

    // From the list, by participant code.
    await site.$(`tr[data-code="${codes[0]}"] button.record`).click()
    await browser.$('#recording-who').waitForDisplayed()
    assert.match(await browser.$('#recording-who').getText(), new RegExp(codes[0]))
    await typeSheets(browser, 'followup', [codes[0]], '#followup-paper')
    await browser.$('#booster-module').selectByAttribute('value', 'myths')
    await browser.$('#booster-record').click()
    await browser.$('#booster-given').waitForDisplayed()
    await browser.$('button.link=← ' + messages('en', 'followup.ftl')['followup-back']).click()

    // By own code, with one answer remembered differently (three older siblings, not two).
    await browser.$('input[name="find-by"][value="sgic"]').click()
    await browser.$('#find-sgic-parent').setValue('ma')
    await browser.$('#find-sgic-month').setValue('4')
    await browser.$('#find-sgic-siblings').setValue('3')
    await browser.$('#find-sgic-place').setValue('L')
    await browser.$('#followup-find').click()
    const candidate = await browser.$(`li.candidate[data-code="${codes[1]}"]`)
    await candidate.waitForDisplayed()
    assert.match(await candidate.$('.score').getText(), /88 %/)
    await screenshot(browser, 'followup-fuzzy-match')
    await candidate.$('button.confirm').click()
    await browser.$('#recording-who').waitForDisplayed()
    await typeSheets(browser, 'followup', [codes[1]], '#followup-paper')
    await browser.$('button.link=← ' + messages('en', 'followup.ftl')['followup-back']).click()
    await browser.waitUntil(async () => (await browser.$('section.site li[data-status="done"] strong').getText()) === '2')
    assert.match(await browser.$('#match-rate').getText(), /2 of 2/)

    // Results for the session: the attrition flow and the paired tests, formulas named.
    await browser.$('button[data-area="results"]').click()
    await browser.$('#scope-kind').waitForDisplayed()
    await browser.$('#scope-kind').selectByAttribute('value', 'session')
    await browser.waitUntil(async () => (await browser.$('#results-heading').getText()).includes('Northfield prison'))
    const flow = await browser.$('#attrition')
    const step = async (name) => flow.$(`li[data-step="${name}"] strong`).getText()
    assert.deepEqual([await step('trained'), await step('pre'), await step('post'), await step('followup')], ['6', '6', '6', '2'])
    const prePost = await browser.$('.comparison[data-from="pre"]').getText()
    assert.match(prePost, /Wilcoxon signed-rank: W = .*r\s=\s\|z\|\s\/\s√N/)
    assert.match(prePost, /Paired t-test: t\(5\) = /)
    const postFollowup = await browser.$('.comparison[data-from="post"]').getText()
    assert.ok(postFollowup.includes('Too few pairs (2)'), postFollowup)
    assert.ok(await browser.$('#chart-distribution svg rect').isExisting(), 'the score chart is drawn')
    assert.equal((await browser.$$('#domain-means tbody tr')).length, 5, 'a row per topic')
    await screenshot(browser, 'results-session')
    await browser.$('#chart-domains').scrollIntoView()
    await screenshot(browser, 'results-charts')

    // The long CSV, for Excel: a BOM, then the columns the codebook explains.
    await browser.$('#export-format').selectByAttribute('value', 'long-csv')
    await browser.$('#save-export').click()
    await browser.$('#results-saved').waitForDisplayed({ timeout: 20000 })
    const saved = (await browser.$('#results-saved').getText()).match(/\/\S+\.csv/)[0]
    const csv = readFileSync(saved, 'utf8')
    assert.ok(csv.startsWith('\ufeff'), 'a byte order mark for Excel')
    const [header, ...rows] = csv.slice(1).trim().split('\r\n')
    assert.equal(header, 'session_id,session_date,site,audience,session_language,quiz_id,participant,phase,mode,language,recorded_at,item_id,domain,myth,chosen,correct,attempt_complete')
    assert.ok(rows.every((r) => r.endsWith(',1')), 'every attempt here was finished')
    assert.ok(rows.some((r) => r.includes(`,${codes[1]},followup,`)), 'the follow-up answers are exported')
    assert.equal(path.dirname(saved), prints)
    const script = readFileSync(saved.replace(/\.csv$/, '.R'), 'utf8')
    assert.ok(script.includes(`"${path.basename(saved)}"`), 'the R script beside it reads it by name')

    // The workbook, for programme leads: one file, no CSV options to get wrong.
    await browser.$('#export-format').selectByAttribute('value', 'xlsx')
    assert.equal(await browser.$('#export-decimal-comma').isExisting(), false)
    await browser.$('#save-export').click()
    await browser.waitUntil(async () => /\.xlsx/.test(await browser.$('#results-saved').getText()), { timeout: 20000 })
    const book = (await browser.$('#results-saved').getText()).match(/\/\S+\.xlsx/)[0]
    assert.equal(readFileSync(book).subarray(0, 2).toString(), 'PK', 'an Office Open XML file')
  } finally {
    await app.close()
  }
})
