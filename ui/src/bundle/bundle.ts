import { call } from '../ipc/invoke'
import { runJob } from '../jobs/jobs.svelte'
import type { BundleFile } from '../ipc/bindings/BundleFile'
import type { Exported } from '../ipc/bindings/Exported'
import type { Identity } from '../ipc/bindings/Identity'
import type { ImportOptions } from '../ipc/bindings/ImportOptions'
import type { BundlePreview } from '../ipc/bindings/BundlePreview'
import type { Selection } from '../ipc/bindings/Selection'

export const bundleIdentity = () => call<Identity>('bundle_identity')
export const bundleFiles = () => call<BundleFile[]>('bundle_files')
export const bundleExport = (selection: Selection, passphrase: string, again: string) => call<Exported>('bundle_export', { selection, passphrase, again })
export const bundlePick = (title: string) => call<string | null>('bundle_pick', { title })
export const bundlePreview = (path: string, passphrase: string) => call<BundlePreview>('bundle_preview', { path, passphrase })
export const bundleImport = (path: string, passphrase: string, options: ImportOptions) => runJob<BundlePreview>('bundle_import', { path, passphrase, options })
