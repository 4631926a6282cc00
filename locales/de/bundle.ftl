# Pakete: Schulungen von Hand an einen anderen Laptop weitergeben (Befehlszeile und Seite
# in der App).

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

## Die Seite in der App: Einstellungen → Mit einem anderen Laptop teilen

share-title = Mit einem anderen Laptop teilen
share-intro = Bringen Sie Schulungen per USB-Stick auf einen anderen Laptop: für eine Nachbefragung an anderer Stelle oder um die Ergebnisse eines Programms zusammenzuführen. Die Datei ist mit einer Passphrase Ihrer Wahl geschützt; geben Sie sie der anderen Schulungsleitung auf anderem Weg als mit dem Stick.
share-this-laptop = Schlüssel dieses Laptops: { $fingerprint }. Der andere Laptop zeigt ihn beim Öffnen Ihres ersten Pakets: Vergleichen Sie beide.
share-export-title = Paket erstellen
share-what = Was hineinkommt
share-what-all = Alle Schulungen
share-what-session = Eine Schulung
share-what-since = Schulungen ab einem Datum
share-with-names = Mit den Namen der Teilnehmenden
share-with-names-hint = Ohne diese Option enthält das Paket nur Codes. Mit ihr kann jede Person mit Datei und Passphrase die Namen lesen: Wählen Sie sie nur, wenn der andere Laptop sie braucht, etwa für Teilnahmebescheinigungen.
share-passphrase = Passphrase für dieses Paket (mindestens 10 Zeichen)
share-passphrase-again = Dieselbe Passphrase noch einmal
share-export = Paket erstellen
share-copy = Kopieren Sie es auf den Stick.
share-import-title = Paket von einem anderen Laptop öffnen
share-import-hint = Kopieren Sie die Datei vom Stick nach { $folder }, damit sie hier erscheint, oder wählen Sie sie aus.
share-import-none = In diesem Ordner liegt noch kein Paket.
share-choose = Datei wählen …
share-import-passphrase = Passphrase des Pakets
share-look = Inhalt ansehen
share-from-known = Vom Laptop mit dem Schlüssel { $fingerprint }, hier bekannt.
share-from-new = Von einem hier neuen Laptop mit dem Schlüssel { $fingerprint }. Vergleichen Sie ihn mit dem Schlüssel, den dessen Schulungsleitung auf dieser Seite sieht.
share-trust = Die Schlüssel stimmen überein: Pakete dieses Laptops annehmen
share-has-names = { $count ->
    [0] Es enthält keine Namen.
    [one] Es enthält einen Namen.
   *[other] Es enthält { $count } Namen.
}
share-conflicts = Auf beiden Laptops seit dem letzten Austausch geändert:
share-keep-ours = Fassung dieses Laptops behalten
share-take-theirs = Fassung aus dem Paket übernehmen
share-import = Importieren
share-imported = Importiert.
share-nothing-new = Nichts Neues: Alles darin ist schon hier.

# A record in conflict: what differs, field by field.
bundle-field-date = Datum
bundle-field-site = Ort
bundle-field-trainers = Schulungsleitung
bundle-field-audience = Zielgruppe
bundle-field-language = Sprache
bundle-field-quiz_id = Test
bundle-field-modules = Module
bundle-field-closed_at = Abgeschlossen
bundle-field-created_at = Angelegt
bundle-field-code = Code
bundle-field-sgic = Persönlicher Code
bundle-field-consent_followup = Einverstanden mit Nachbefragung
bundle-field-release_date = Entlassungsdatum
bundle-field-followup = Bei der Nachbefragung wiedergefunden
bundle-field-booster = Auffrischung
bundle-field-kit = Naloxon-Kit
bundle-field-certificate = Teilnahmebescheinigung
bundle-field-phase = Zeitpunkt
bundle-field-bank_version = Version der Fragensammlung
bundle-field-mode = Art der Antwort
bundle-field-recorded_at = Erfasst
bundle-field-answers = Beantwortete Fragen
share-conflict-here = Auf diesem Laptop
share-conflict-bundle = Im Paket
share-conflict-choose = Wählen Sie für jeden Eintrag, welche Fassung bleibt. Respond fragt zu einem entschiedenen Eintrag nicht noch einmal.
bundle-cli-conflict-id = Kennung { $uid }
bundle-cli-difference = { $field }: hier { $ours }, im Paket { $theirs }
bundle-cli-choose = Um Eintrag für Eintrag zu wählen: --take ID übernimmt die Fassung aus dem Paket, --keep ID behält die dieses Laptops und fragt nicht mehr danach.
