# Bundles: sharing sessions with another laptop by hand (the command line; the app's page
# comes later).

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
