// Every page fits the screens trainers have, at the usual and the largest text size, in all five
// languages (German and Portuguese words are the longest): on a 1024×768 laptop the window
// opens inside the screen, and there as at 1280×800 no page scrolls sideways and no button
// is cut off or pushed past the edge. Long names are shortened on screen, in full on hover.
import assert from 'node:assert/strict'
import { execFileSync, spawn } from 'node:child_process'
import path from 'node:path'
import { test } from 'node:test'
import { LANGUAGES, PASSPHRASE, ROOT, launch, newDataDir, SHOTS } from './harness.mjs'

const respond = path.join(ROOT, process.env.CARGO_TARGET_DIR ?? 'target', 'debug/respond')
const LONG_NAME = 'Maria da Conceição Vasconcelos de Albuquerque Figueiredo Magalhães '.repeat(3).trim().slice(0, 200)
const MID_NAME = 'Wolfgang-Friedrich Schleiermacher-Oberhausen von B'

/** A virtual screen of its own, the size of a small laptop's. */
async function smallScreen() {
  const server = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1024x768x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] })
  const display = await new Promise((resolve, reject) => {
    server.stdout.once('data', (d) => resolve(`:${String(d).trim()}`))
    server.once('error', reject)
  })
  return { display, stop: () => server.kill() }
}

/** What does not fit the viewport: sideways scrolling of the page or of a part of it (the
 * entry grid's questions excepted), and controls past an edge or with their text cut. */
function misfits(browser) {
  return browser.execute(() => {
    const vw = document.documentElement.clientWidth
    const out = []
    const name = (el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`
    if (document.documentElement.scrollWidth > vw + 1) out.push(`the page is ${document.documentElement.scrollWidth} px wide in ${vw}`)
    for (const el of document.querySelectorAll('body *')) {
      const style = getComputedStyle(el)
      if (el.closest('[data-scrolls]')) continue
      if (['auto', 'scroll'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1) out.push(`${name(el)} scrolls sideways (${el.scrollWidth} in ${el.clientWidth})`)
      if (!el.matches('button, select, input, textarea, a')) continue
      const r = el.getBoundingClientRect()
      if (r.width === 0 || style.visibility === 'hidden') continue
      if (r.left < -1 || r.right > vw + 1) out.push(`${name(el)} spans ${Math.round(r.left)}–${Math.round(r.right)} in ${vw}`)
      if (el.matches('button') && el.scrollWidth > el.clientWidth + 2 && style.textOverflow !== 'ellipsis') out.push(`${name(el)} cuts its text`)
    }
    return out
  })
}

async function visit(browser, where, label, found) {
  const problems = await misfits(browser)
  for (const p of problems) found.push(`${where} · ${label}: ${p}`)
}

async function area(browser, id) {
  await browser.$(`button[data-area="${id}"]`).click()
  await browser.pause(250)
}

/** Walks every area in every language at the largest text size, noting what does not fit. */
async function walk(browser, where, found, display) {
  for (const size of ['normal', 'larger']) await walkAt(browser, size, where, found, display)
}

async function walkAt(browser, size, where, found, display) {
  await area(browser, 'settings')
  await browser.$(`input[name="text-size"][value="${size}"]`).click()
  where = `${where} ${size}`
  for (const lang of LANGUAGES) {
    await browser.$('#language-switcher').selectByAttribute('value', lang)
    await browser.pause(200)
    await area(browser, 'modules')
    await visit(browser, where, `${lang} modules`, found)
    await browser.$('.card button.open').click()
    await browser.pause(300)
    await visit(browser, where, `${lang} a module`, found)

    await area(browser, 'sessions')
    await browser.$('table.sessions').waitForDisplayed()
    await visit(browser, where, `${lang} sessions`, found)
    await browser.$('table.sessions button.link').click()
    await browser.$('.session-title').waitForDisplayed({ timeout: 15000 }).catch(async (err) => {
      execFileSync('sh', ['-c', `xwd -root -silent -display "$1" | convert xwd:- png:"$0"`, path.join(SHOTS, `layout-failed.png`), display])
      throw err
    })
    await visit(browser, where, `${lang} session page`, found)
    const shoot = (name) => execFileSync('sh', ['-c', `xwd -root -silent -display "$1" | convert xwd:- png:"$0"`, path.join(SHOTS, `layout-${where.replace(' ', '-')}-${lang}-${name}.png`), display])
    shoot('session')
    await browser.$('table.roster').scrollIntoView()
    shoot('roster')
    await browser.$('.phase[data-phase="post"] button.grid').click()
    await browser.pause(300)
    await visit(browser, where, `${lang} entry grid`, found)
    shoot('grid')
    await browser.$('#grid-close').click()
    await browser.$('.phase[data-phase="post"] button.roleplay').click()
    await browser.$('#roleplay [data-mark]').waitForDisplayed({ timeout: 10000 })
    await visit(browser, where, `${lang} role-play`, found)
    shoot('roleplay')
    await browser.$('#roleplay-close').click()
    await browser.$('#roleplay').waitForExist({ reverse: true })

    await area(browser, 'followup')
    await visit(browser, where, `${lang} follow-up`, found)
    await area(browser, 'results')
    await browser.$('#chart-distribution').waitForExist({ timeout: 20000 })
    await visit(browser, where, `${lang} results`, found)
    shoot('results')
    await browser.$('#results-tab-items').click()
    await browser.$('#items-analysis .items-table, #items-analysis .too-few').waitForExist({ timeout: 20000 })
    await visit(browser, where, `${lang} results items`, found)
    shoot('items')
    await area(browser, 'programme')
    await browser.$('#programme-heading').waitForExist({ timeout: 20000 })
    await visit(browser, where, `${lang} programme`, found)
    shoot('programme')
    await area(browser, 'print')
    await visit(browser, where, `${lang} print`, found)
    await area(browser, 'settings')
    await visit(browser, where, `${lang} settings`, found)
    await browser.$('#run-session').click()
    await browser.$('.run[data-step="group"]').waitForDisplayed({ timeout: 10000 })
    await visit(browser, where, `${lang} run a session`, found)
  }
}

/** A data folder with sample sessions and, in the newest, two people with long names. */
async function prepared() {
  const dataDir = newDataDir()
  const env = { ...process.env, RESPOND_DATA_DIR: dataDir, RESPOND_PASSPHRASE: PASSPHRASE }
  execFileSync(respond, ['--lang', 'en', 'demo', '--participants', '60'], { env })
  return dataDir
}

async function addLongNames(browser) {
  await area(browser, 'sessions')
  await browser.$('table.sessions button.link').click()
  await browser.$('#roster-name').waitForDisplayed()
  for (const name of [LONG_NAME, MID_NAME]) {
    await browser.$('#roster-name').setValue(name)
    await browser.keys('Enter')
    await browser.waitUntil(async () => (await browser.$('#roster-name').getValue()) === '', { timeout: 5000 })
  }
  const titles = await browser.$$('.roster td.name').map((c) => c.getAttribute('title'))
  assert.ok(titles.includes(LONG_NAME), 'the whole name shows on hover')
}

test('on a 1024×768 screen the window fits, and every page fits at the usual and the largest text', { timeout: 600_000 }, async () => {
  const screen = await smallScreen()
  const app = await launch({ dataDir: await prepared(), env: { DISPLAY: screen.display } })
  try {
    const { browser } = app
    const size = await browser.execute(() => [window.outerWidth, window.outerHeight, window.screen.width, window.screen.height])
    assert.ok(size[0] <= 1024 && size[1] <= 768, `the window (${size[0]}×${size[1]}) fits the 1024×768 screen`)
    await addLongNames(browser)
    const found = []
    await walk(browser, '1024x768', found, screen.display)
    assert.deepEqual(found, [])
  } finally {
    await app.close()
    screen.stop()
  }
})

test('at 1280×800 every page fits at the usual and the largest text, and the window keeps its size after a restart', { timeout: 600_000 }, async () => {
  const dataDir = await prepared()
  let app = await launch({ dataDir })
  try {
    const { browser } = app
    await addLongNames(browser)
    const found = []
    await walk(browser, '1280x800', found, process.env.DISPLAY)
    assert.deepEqual(found, [])

    await browser.setWindowSize(1100, 700)
    await browser.pause(500)
    await app.close()
    app = await launch({ dataDir })
    const [width, height] = await app.browser.execute(() => [window.outerWidth, window.outerHeight])
    assert.ok(Math.abs(width - 1100) <= 20 && Math.abs(height - 700) <= 60, `the window came back at ${width}×${height}, not 1100×700`)
  } finally {
    await app.close()
  }
})
