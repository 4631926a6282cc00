# Pakete: Schulungen von Hand an einen anderen Laptop weitergeben (Befehlszeile; die Seite
# in der App folgt später).

bundle-cli-passphrase = Passphrase des Pakets:
bundle-cli-exported = Gespeichert unter { $path }: { $sessions ->
    [one] eine Schulung
   *[other] { $sessions } Schulungen
}, { $participants ->
    [one] eine Person
   *[other] { $participants } Personen
}, { $attempts ->
    [one] ein Test
   *[other] { $attempts } Tests
}, { $names ->
    [0] keine Namen
    [one] ein Name
   *[other] { $names } Namen
}.
bundle-cli-trust = Pakete dieses Laptops sind hier neu. Vergleichen Sie den Schlüssel { $fingerprint } mit dem, den der andere Laptop anzeigt (respond verify --show-key), und importieren Sie dann erneut mit --trust.
bundle-cli-imported = Importiert.
bundle-cli-conflicts-ours = { $count ->
    [one] Ein auf beiden Laptops geänderter Eintrag bleibt, wie er hier ist.
   *[other] { $count } auf beiden Laptops geänderte Einträge bleiben, wie sie hier sind.
} Importieren Sie erneut mit --theirs, um die Fassung aus dem Paket zu übernehmen.
bundle-cli-conflicts-theirs = { $count ->
    [one] Ein auf beiden Laptops geänderter Eintrag hat die Fassung aus dem Paket übernommen.
   *[other] { $count } auf beiden Laptops geänderte Einträge haben die Fassung aus dem Paket übernommen.
}
bundle-cli-from-known = Von Installation { $installation }, Schlüssel { $fingerprint }, hier bekannt.
bundle-cli-from-new = Von Installation { $installation }, Schlüssel { $fingerprint }, hier noch nie gesehen.
bundle-cli-tally = { $kind }: { $new } neu, { $updated } aktualisiert, { $unchanged } unverändert, { $kept } nur hier geändert (behalten)
bundle-kind-sessions = Schulungen
bundle-kind-participants = Personen
bundle-kind-attempts = Tests
bundle-cli-conflict = Auf beiden Laptops geändert: { $kind } { $label }
bundle-conflict-session = Schulung
bundle-conflict-participant = Person
bundle-conflict-test = Test

error-bundle = Das Paket wurde abgelehnt. Es wurde nichts geändert.
error-bundle-passphrase = Diese Passphrase öffnet das Paket nicht. Es wurde nichts geändert.
error-bundle-damaged = Das ist kein Respond-Paket, oder es wurde nach dem Erstellen verändert. Es wurde nichts geändert.
error-bundle-newer-format = Dieses Paket stammt aus einer neueren Version von Respond. Aktualisieren Sie Respond und importieren Sie es dann erneut.
error-bundle-key-changed = Dieses Paket nennt einen hier bekannten Laptop, ist aber mit einem anderen Schlüssel signiert. Es wurde abgelehnt; es wurde nichts geändert.
error-bundle-untrusted = Pakete dieses Laptops sind hier neu: Vergleichen Sie zuerst seinen Schlüssel mit dem des anderen Laptops und bestätigen Sie dann.
