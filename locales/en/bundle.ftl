# Bundles: sharing sessions with another laptop by hand (the command line and the app's page).

bundle-cli-passphrase = Passphrase of the bundle:
bundle-cli-exported = Saved to { $path }: { $sessions ->
    [one] one session
   *[other] { $sessions } sessions
}, { $participants ->
    [one] one person
   *[other] { $participants } people
}, { $attempts ->
    [one] one test
   *[other] { $attempts } tests
}, { $names ->
    [0] no names
    [one] one name
   *[other] { $names } names
}.
bundle-cli-trust = This laptop's bundles are new here. Compare the key { $fingerprint } with the one the other laptop shows (respond verify --show-key), then import again with --trust.
bundle-cli-imported = Imported.
bundle-cli-conflicts-ours = { $count ->
    [one] One record changed on both laptops was kept as it is here.
   *[other] { $count } records changed on both laptops were kept as they are here.
} Import again with --theirs to take the bundle's version.
bundle-cli-conflicts-theirs = { $count ->
    [one] One record changed on both laptops now holds the bundle's version.
   *[other] { $count } records changed on both laptops now hold the bundle's version.
}
bundle-cli-from-known = From installation { $installation }, key { $fingerprint }, known here.
bundle-cli-from-new = From installation { $installation }, key { $fingerprint }, not seen here before.
bundle-cli-tally = { $kind }: { $new } new, { $updated } updated, { $unchanged } unchanged, { $kept } changed here only (kept)
bundle-kind-sessions = Sessions
bundle-kind-participants = People
bundle-kind-attempts = Tests
bundle-cli-conflict = Changed on both laptops: { $kind } { $label }
bundle-conflict-session = session
bundle-conflict-participant = person
bundle-conflict-test = test

error-bundle = The bundle was refused. Nothing was changed.
error-bundle-passphrase = This passphrase does not open the bundle. Nothing was changed.
error-bundle-damaged = This is not a Respond bundle, or it was changed after it was made. Nothing was changed.
error-bundle-newer-format = This bundle was made by a newer Respond. Update Respond, then import it again.
error-bundle-key-changed = This bundle names a laptop known here but is signed with another key. It was refused; nothing was changed.
error-bundle-untrusted = This laptop's bundles are new here: compare its key with the other laptop's first, then confirm.

## The app's page: Settings → Share with another laptop

share-title = Share with another laptop
share-intro = Carry sessions to another laptop on a USB stick: for a follow-up made elsewhere, or to gather a programme's results in one place. The file is locked with a passphrase you choose; give it to the other trainer another way than with the stick.
share-this-laptop = This laptop's key: { $fingerprint }. The other laptop shows it when it opens your first bundle: compare the two.
share-export-title = Make a bundle
share-what = What goes in
share-what-all = All sessions
share-what-session = One session
share-what-since = Sessions since a date
share-with-names = With the participants' names
share-with-names-hint = Without this, the bundle holds codes only. With it, anyone with the file and its passphrase can read the names: tick it only when the other laptop needs them, for certificates.
share-passphrase = Passphrase for this bundle (at least 10 characters)
share-passphrase-again = The same passphrase again
share-export = Make the bundle
share-copy = Copy it to the stick.
share-import-title = Open a bundle from another laptop
share-import-hint = Copy the file from the stick into { $folder } to see it listed here, or choose it.
share-import-none = No bundle in that folder yet.
share-choose = Choose a file…
share-import-passphrase = The bundle's passphrase
share-look = Look inside
share-from-known = From the laptop with key { $fingerprint }, known here.
share-from-new = From a laptop new here, with key { $fingerprint }. Compare it with the key its trainer sees on this page.
share-trust = The keys match: accept bundles from this laptop
share-has-names = { $count ->
    [0] It holds no names.
    [one] It holds one name.
   *[other] It holds { $count } names.
}
share-conflicts = Changed on both laptops since they last exchanged:
share-keep-ours = Keep this laptop's version
share-take-theirs = Take the bundle's version
share-import = Import
share-imported = Imported.
share-nothing-new = Nothing new: everything in it is here already.

# A record in conflict: what differs, field by field.
bundle-field-date = Date
bundle-field-site = Site
bundle-field-trainers = Trainers
bundle-field-audience = Audience
bundle-field-language = Language
bundle-field-quiz_id = Quiz
bundle-field-modules = Modules
bundle-field-closed_at = Closed
bundle-field-created_at = Created
bundle-field-code = Code
bundle-field-sgic = Own code
bundle-field-consent_followup = Agrees to follow-up
bundle-field-release_date = Release date
bundle-field-followup = Found again at follow-up
bundle-field-booster = Booster
bundle-field-kit = Naloxone kit
bundle-field-certificate = Certificate
bundle-field-phase = Phase
bundle-field-bank_version = Question bank version
bundle-field-mode = How answered
bundle-field-recorded_at = Recorded
bundle-field-answers = Questions answered
share-conflict-here = On this laptop
share-conflict-bundle = In the bundle
share-conflict-choose = Choose, for each record, which version to keep. Respond does not ask again about a record you chose for.
bundle-cli-conflict-id = id { $uid }
bundle-cli-difference = { $field }: here { $ours }, in the bundle { $theirs }
bundle-cli-choose = To choose record by record: --take ID takes the bundle's version, --keep ID keeps this laptop's and stops asking about it.
