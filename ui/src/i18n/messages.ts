// The Fluent messages of ../locales, the same files the Rust core reads.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle'
import type { Language } from '../ipc/bindings/Language'

export const LANGUAGES: readonly { code: Language; name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
  { code: 'de', name: 'Deutsch' },
  { code: 'nl', name: 'Nederlands' },
  { code: 'pt', name: 'Português' },
]

export type Args = Record<string, FluentVariable>

/** A language's name in itself, as the switchers show it. */
export function languageName(code: Language): string {
  return LANGUAGES.find((l) => l.code === code)?.name ?? code
}

/** Source files by path, e.g. `../../../locales/fr/ui.ftl`. */
export function localeFiles(): Record<string, string> {
  return import.meta.glob('../../../locales/*/*.ftl', { query: '?raw', import: 'default', eager: true })
}

/** One bundle per language from `files`; also returns messages defined twice. (Syntax
 * errors are reported by `respond validate`.) */
export function buildBundles(files: Record<string, string>): { bundles: Map<Language, FluentBundle>; errors: string[] } {
  const bundles = new Map<Language, FluentBundle>()
  const errors: string[] = []
  for (const { code } of LANGUAGES) bundles.set(code, buildBundle(code, files, errors))
  return { bundles, errors }
}

/** The bundle of one language from `files`; messages defined twice are added to `errors`. */
export function buildBundle(code: Language, files: Record<string, string>, errors: string[] = []): FluentBundle {
  // No bidi isolation marks: they end up in copied text and tests; names that may be
  // right-to-left are wrapped in <bdi> where they are shown instead.
  const bundle = new FluentBundle(code, { useIsolating: false })
  for (const [path, source] of Object.entries(files)) {
    if (path.split('/').at(-2) !== code) continue
    for (const err of bundle.addResource(new FluentResource(source))) errors.push(`${path}: ${err.message}`)
  }
  return bundle
}

/** Formats message `id`; a missing message shows its id, never another language's text. */
export function format(bundle: FluentBundle, id: string, args?: Args): string {
  const message = bundle.getMessage(id)
  if (!message?.value) return id
  return bundle.formatPattern(message.value, args)
}

/** The first of `tags` (e.g. navigator.languages) that is one of the five languages. */
export function negotiate(tags: readonly string[]): Language | undefined {
  for (const tag of tags) {
    const primary = tag.split(/[-_.@]/)[0].toLowerCase()
    const hit = LANGUAGES.find((l) => l.code === primary)
    if (hit) return hit.code
  }
  return undefined
}
