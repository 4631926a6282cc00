// The projector on a second screen: the trainer's window opens it and says what to show;
// the projector window hears each new frame.
import { listen, type UnlistenFn } from '@tauri-apps/api/event'
import type { Frame } from '../ipc/bindings/Frame'
import type { ModuleView } from '../ipc/bindings/ModuleView'
import type { Showing } from '../ipc/bindings/Showing'
import { call } from '../ipc/invoke'

/** Opens the projector on another display; false when there is only one. */
export const projectorOpen = () => call<boolean>('projector_open')
const show = (showing: Showing) => call<Frame>('projector_show', { showing })
let queue: Promise<unknown> = Promise.resolve()

/** Shows `showing` on the projector. Calls go one after another, so that a fast run of key
 * presses never leaves an older frame on the projector. */
export function projectorShow(showing: Showing): Promise<Frame> {
  const next = queue.then(() => show(showing))
  queue = next.catch(() => {})
  return next
}
export const projectorClose = () => call<void>('projector_close')

export const projectorFrame = () => call<Frame>('projector_frame')

/** Calls `gone` once the projector window is gone: closed on its own, or its display
 * unplugged (asked every 2 s; with one display left the shell closes it, rather than leave
 * it full screen over the trainer's own). Returns the function that stops watching. */
export async function followProjector(gone: () => void): Promise<() => void> {
  let stop = () => {}
  let done = false
  const end = () => {
    if (done) return
    done = true
    stop()
    gone()
  }
  const unlisten = await listen('projector-closed', end).catch(() => () => {})
  const timer = setInterval(async () => {
    if (!(await call<boolean>('projector_check').catch(() => true))) end()
  }, 2000)
  stop = () => {
    clearInterval(timer)
    unlisten()
  }
  return stop
}

export const onFrame = (show: (frame: Frame) => void): Promise<UnlistenFn> => listen<Frame>('projector-frame', (event) => show(event.payload))

/** Frame `index` of a module as the trainer's own window draws it (0 is the title). */
export function moduleFrame(module: ModuleView, index: number): Frame {
  const slide = index > 0 ? module.slides[Math.min(index, module.slides.length) - 1] : undefined
  if (!slide) return { kind: 'title', lang: module.lang, title: module.title, summary: module.summary }
  return { kind: 'slide', lang: module.lang, moduleTitle: module.title, title: slide.title, html: slide.html }
}
