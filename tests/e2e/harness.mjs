// Starts the real built Respond binary through tauri-driver + WebKitWebDriver and hands the
// test a WebdriverIO browser. Each launch gets its own data folder unless one is passed.
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import { homedir, tmpdir } from 'node:os'
import path from 'node:path'
import { remote } from 'webdriverio'

export const ROOT = path.resolve(import.meta.dirname, '../..')
const TARGET = path.resolve(ROOT, process.env.CARGO_TARGET_DIR ?? 'target')
export const APP = process.env.RESPOND_APP ?? path.join(TARGET, 'debug/respond-desktop')
/** The passphrase every test's data folder is locked with. */
export const PASSPHRASE = 'e2e kettle river lamp'
export const SHOTS = path.join(ROOT, 'target/e2e-screenshots')
export const LANGUAGES = ['en', 'fr', 'de', 'nl', 'pt']

const DRIVER = process.env.TAURI_DRIVER ?? (existsSync(path.join(homedir(), '.cargo/bin/tauri-driver')) ? path.join(homedir(), '.cargo/bin/tauri-driver') : 'tauri-driver')

export function newDataDir() {
  return mkdtempSync(path.join(tmpdir(), 'respond-e2e-'))
}

/** The messages of one language file as the app ships them (simple `id = text` lines). */
export function messages(lang, file = 'ui.ftl') {
  const out = {}
  for (const line of readFileSync(path.join(ROOT, 'locales', lang, file), 'utf8').split('\n')) {
    const m = line.match(/^([a-z][a-z0-9-]*) = (.*)$/)
    if (m) out[m[1]] = m[2].trim()
  }
  return out
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

async function waitForPort(port, ms = 20000) {
  const end = Date.now() + ms
  while (Date.now() < end) {
    const ok = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end()
        resolve(true)
      })
      socket.on('error', () => resolve(false))
    })
    if (ok) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`tauri-driver did not listen on ${port}`)
}

/** Sets the passphrase on first run, or unlocks with it, through the start screen. */
export async function unlock(browser, passphrase = PASSPHRASE) {
  const screen = await browser.$('[data-screen]')
  await screen.waitForDisplayed({ timeout: 30000 })
  const first = (await screen.getAttribute('data-screen')) === 'set-passphrase'
  await browser.$('#passphrase').setValue(passphrase)
  if (first) await browser.$('#passphrase-confirmation').setValue(passphrase)
  await browser.$('#passphrase-submit').click()
  await browser.$('nav button').waitForDisplayed({ timeout: 30000 })
}

/** Launches Respond and, unless `locked`, sets the passphrase or unlocks. `env` adds to the
 * app's environment (e.g. LANG for the OS language). */
export async function launch({ dataDir = newDataDir(), env = {}, locked = false } = {}) {
  if (!existsSync(APP)) throw new Error(`${APP} is missing: build it first (scripts/build.sh)`)
  const port = await freePort()
  const nativePort = await freePort()
  const driver = spawn(DRIVER, ['--port', String(port), '--native-port', String(nativePort)], {
    env: { ...process.env, RESPOND_DATA_DIR: dataDir, WEBKIT_DISABLE_DMABUF_RENDERER: '1', ...env },
    // WebKit's own chatter (locale warnings) would bury the test output.
    stdio: ['ignore', 'ignore', process.env.E2E_VERBOSE ? 'inherit' : 'ignore'],
  })
  try {
    await waitForPort(port)
    const browser = await remote({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      connectionRetryCount: 2,
      capabilities: { 'tauri:options': { application: APP }, 'wdio:enforceWebDriverClassic': true },
    })
    if (locked) await browser.$('[data-screen]').waitForDisplayed({ timeout: 30000 })
    else await unlock(browser)
    return {
      browser,
      dataDir,
      async close() {
        await browser.deleteSession().catch(() => {})
        driver.kill()
        await new Promise((r) => setTimeout(r, 300))
      },
    }
  } catch (err) {
    driver.kill()
    throw err
  }
}

/** Saves what is on the (virtual) screen. WebKitWebDriver's own screenshot command hangs
 * under Xvfb, so the X display is captured instead. */
export async function screenshot(browser, name) {
  mkdirSync(SHOTS, { recursive: true })
  await browser.pause(150)
  execFileSync('sh', ['-c', `xwd -root -silent | convert xwd:- png:"$0"`, path.join(SHOTS, `${name}.png`)])
}

export async function navLabels(browser) {
  const buttons = await browser.$$('nav button')
  const labels = []
  for (const b of buttons) labels.push((await b.getText()).trim())
  return labels
}

export const NAV_IDS = ['nav-modules', 'nav-sessions', 'nav-followup', 'nav-results', 'nav-programme', 'nav-print', 'nav-settings']

/** Starts an X server with two displays side by side, a laptop's (1280×800, on the left)
 * and a projector's (1024×768), and returns its DISPLAY. Xvfb shows GTK one monitor only,
 * so this is Xorg with its dummy driver (installed by scripts/setup.sh). */
export async function twoScreens() {
  const dir = mkdtempSync(path.join(tmpdir(), 'respond-xorg-'))
  const config = path.join(dir, 'xorg.conf')
  writeFileSync(
    config,
    `Section "Device"
  Identifier "dummy"
  Driver "dummy"
  VideoRam 64000
EndSection
Section "Monitor"
  Identifier "monitor"
  HorizSync 5.0-1000.0
  VertRefresh 5.0-200.0
EndSection
Section "Screen"
  Identifier "screen"
  Device "dummy"
  Monitor "monitor"
  DefaultDepth 24
  SubSection "Display"
    Depth 24
    Virtual 2304 800
  EndSubSection
EndSection
`,
  )
  let number = 60
  while (existsSync(`/tmp/.X11-unix/X${number}`) || existsSync(`/tmp/.X${number}-lock`)) number++
  const display = `:${number}`
  const server = spawn('Xorg', [display, '-config', config, '-noreset', '-nolisten', 'tcp', '-logfile', path.join(dir, 'xorg.log')], { stdio: 'ignore' })
  const xrandr = (...args) => execFileSync('xrandr', ['-display', display, ...args], { stdio: 'pipe' }).toString()
  const end = Date.now() + 20000
  for (;;) {
    try {
      xrandr('--query')
      break
    } catch (err) {
      if (Date.now() > end || server.exitCode !== null) {
        server.kill()
        throw new Error(`Xorg with the dummy driver did not start on ${display} (see ${dir}/xorg.log): ${err.message}`)
      }
      await new Promise((r) => setTimeout(r, 200))
    }
  }
  xrandr('--output', 'DUMMY0', '--mode', '1280x800', '--primary')
  xrandr('--addmode', 'DUMMY1', '1024x768')
  const plug = () => xrandr('--output', 'DUMMY1', '--mode', '1024x768', '--right-of', 'DUMMY0')
  plug()
  return {
    display,
    monitors: xrandr('--listmonitors'),
    /** The projector's cable pulled out, and plugged back in. */
    unplug: () => xrandr('--output', 'DUMMY1', '--off'),
    plug,
    async stop() {
      server.kill()
      await new Promise((r) => setTimeout(r, 300))
    },
  }
}
