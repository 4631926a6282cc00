// How strong a passphrase looks, worked out in the page with zxcvbn (common passwords,
// names, keyboard patterns) so that it never crosses to the core while being typed. The
// dictionaries load the first time a passphrase is chosen, not at start-up. Only a hint:
// the core's one rule (10 characters besides spaces) decides what is accepted.
import type { ZxcvbnFactory } from '@zxcvbn-ts/core'

let factory: Promise<ZxcvbnFactory> | null = null

function load(): Promise<ZxcvbnFactory> {
  factory ??= Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common')]).then(
    ([core, common]) => new core.ZxcvbnFactory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs }),
  )
  return factory
}

/** From 0 (guessed at once) to 4 (very hard to guess). */
export async function strength(passphrase: string): Promise<number> {
  if (!passphrase) return 0
  return (await load()).check(passphrase.slice(0, 100)).score
}
