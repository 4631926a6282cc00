// Settings → Regional pool, tried as a programme's trainer would: a wrong address, a
// server elsewhere without TLS and a server that is not there are each refused in words
// that say what to do; the right address connects, sends every person once, and a second
// send adds nothing; after a restart the last send is shown. Against a real PostgreSQL
// server: scripts/test.sh's (RESPOND_TEST_POOL_URL), or one started here.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, test } from 'node:test'
import { launch, messages, newDataDir, PASSPHRASE, ROOT, screenshot } from './harness.mjs'

const respond = path.join(ROOT, process.env.CARGO_TARGET_DIR ?? 'target', 'debug/respond')
const script = path.join(ROOT, 'scripts/postgres.sh')

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

let started = null
after(() => {
  if (started) execFileSync(script, ['stop', started])
})

/** The server's URL, with a database of this test's own. */
async function poolUrl() {
  let base = process.env.RESPOND_TEST_POOL_URL
  if (!base) {
    started = path.join(mkdtempSync(path.join(tmpdir(), 'respond-pg-')), 'pg')
    const port = await freePort()
    execFileSync(script, ['start', started, String(port)])
    base = `postgresql://postgres@127.0.0.1:${port}/postgres`
  }
  execFileSync('psql', [base, '-q', '-c', 'DROP DATABASE IF EXISTS respond_e2e', '-c', 'CREATE DATABASE respond_e2e'])
  return base.replace(/\/[^/]*$/, '/respond_e2e')
}

async function setUrl(browser, url) {
  const field = await browser.$('#pool-url')
  await field.clearValue()
  await field.setValue(url)
}

test('a trainer sends the results to the regional pool, and sending again adds nothing', { timeout: 300_000 }, async () => {
  const url = await poolUrl()
  const dataDir = newDataDir()
  execFileSync(respond, ['--lang', 'en', 'demo', '--participants', '60'], { env: { ...process.env, RESPOND_DATA_DIR: dataDir, RESPOND_PASSPHRASE: PASSPHRASE } })
  const en = messages('en', 'pool.ftl')
  let app = await launch({ dataDir })
  try {
    const { browser } = app
    await browser.$('button[data-area="settings"]').click()
    await browser.$('#pool').scrollIntoView()
    assert.equal(await browser.$('#pool-last').getText(), en['pool-never'])
    assert.equal(await browser.$('#pool-url').getAttribute('type'), 'password', 'the address (with its password) is hidden on a projector')

    await setUrl(browser, 'pool.example.org')
    await browser.$('#pool-save').click()
    await browser.$('#pool-error').waitForDisplayed()
    assert.equal(await browser.$('#pool-error').getText(), en['error-pool-bad-url'])

    await setUrl(browser, 'postgresql://trainer:secret@pool.example.org/respond')
    await browser.$('#pool-check').click()
    await browser.waitUntil(async () => (await browser.$('#pool-error').getText()) === en['error-pool-tls-required'])

    const closed = await freePort()
    await setUrl(browser, `postgresql://postgres@127.0.0.1:${closed}/respond_e2e`)
    await browser.$('#pool-push').click()
    await browser.waitUntil(async () => (await browser.$('#pool-error').getText()) === en['error-pool-unreachable'], { timeout: 20000 })
    await screenshot(browser, 'pool-unreachable')

    await setUrl(browser, url)
    await browser.$('#pool-url-show').click()
    assert.equal(await browser.$('#pool-url').getAttribute('type'), 'text')
    await browser.$('#pool-check').click()
    await browser.$('#pool-status').waitForDisplayed({ timeout: 20000 })
    assert.match(await browser.$('#pool-status').getText(), /Connected: PostgreSQL .*holds 0 installations and 0 people/)

    await browser.$('#pool-push').click()
    await browser.$('#pool-sent').waitForDisplayed({ timeout: 60000 })
    assert.match(await browser.$('#pool-sent').getText(), /Sent: \d+ sessions, 60 people, \d+ tests \(\d+ new, 0 updated, 0 removed\)/)
    await screenshot(browser, 'pool-sent')
    await browser.$('#pool-push').click()
    await browser.waitUntil(async () => /\(0 new, 0 updated, 0 removed\)/.test(await browser.$('#pool-sent').getText()), { timeout: 60000 })
  } finally {
    await app.close()
  }
  const people = execFileSync('psql', [url, '-tA', '-c', 'SELECT count(*) FROM respond.participants']).toString().trim()
  assert.equal(people, '60', 'each person once')

  app = await launch({ dataDir, locked: false })
  try {
    const { browser } = app
    await browser.$('button[data-area="settings"]').click()
    await browser.$('#pool').scrollIntoView()
    assert.match(await browser.$('#pool-last').getText(), /^Last sent on .*: 0 new, 0 updated, 0 removed\.$/)
    assert.equal(await browser.$('#pool-url').getValue(), url, 'the address is kept (in the encrypted database)')
  } finally {
    await app.close()
  }
})
