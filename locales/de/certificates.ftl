# Wörter auf den Teilnahmebescheinigungen (src/certificates.rs) und Meldungen von
# `respond print certificates`, `respond verify` und `respond bench pdf`.

## Die Teilnahmebescheinigung

certificates-document-title = Teilnahmebescheinigungen
certificates-title = Teilnahmebescheinigung
certificates-subtitle = Hilfe bei einer Überdosis und Naloxon
# Über dem Namen der Person.
certificates-certifies = Hiermit wird bestätigt, dass
# Unter dem Namen, über der Liste der Module.
certificates-completed = die Schulung abgeschlossen hat
certificates-date-label = Datum
certificates-site-label = Ort
certificates-trainers-label = Schulungsleitung
certificates-serial = Seriennummer
certificates-verify-hint = Echtheit prüfen: Der ausstellende Träger kann sie anhand der Nummer { $serial } oder des QR-Codes bestätigen.
certificates-key = Signiert mit dem Respond-Schlüssel { $fingerprint }

## `respond print certificates` und `respond verify`

certificates-cli-names-missing = Keine Teilnahmebescheinigungen gedruckt: Eine Bescheinigung braucht den Namen der Person. Tragen Sie für { $codes } einen Namen bei den Teilnehmenden ein und drucken Sie dann erneut.
certificates-cli-names-unprintable = Keine Teilnahmebescheinigungen gedruckt: Der Name von { $codes } enthält Zeichen, die eine Bescheinigung noch nicht drucken kann (sie druckt lateinische, griechische und kyrillische Buchstaben). Schreiben Sie den Namen in diesen Buchstaben.
certificates-verify-valid = Gültige Teilnahmebescheinigung { $serial }, signiert mit dem Schlüssel { $fingerprint }.
certificates-verify-name = Name: { $name }
certificates-verify-date = Datum: { $date }
certificates-verify-site = Ort: { $site }
certificates-verify-modules = Module: { $modules }
certificates-verify-language = Sprache: { $language }
certificates-invalid-malformed = Ungültig: Das ist nicht der Text des QR-Codes einer Teilnahmebescheinigung, oder ein Teil davon fehlt.
certificates-invalid-altered = Ungültig: Die Bescheinigung wurde nach dem Signieren verändert.
certificates-invalid-other-key = Nicht geprüft: Sie wurde von einer anderen Respond-Installation signiert (Schlüssel { $fingerprint }). Prüfen Sie sie mit dem öffentlichen Schlüssel dieser Installation: respond verify --key <öffentlicher Schlüssel> <Text des QR-Codes>.
certificates-invalid-unknown-serial = Auf diesem Computer wurde keine Teilnahmebescheinigung mit der Seriennummer { $serial } ausgestellt.
certificates-public-key = Öffentlicher Schlüssel dieser Installation: { $key }
certificates-public-key-fingerprint = Sein Fingerabdruck, auf jeder Bescheinigung gedruckt: { $fingerprint }

## `respond bench pdf`

certificates-bench-certificates = Respond, { $count } Teilnahmebescheinigungen in einem PDF
certificates-bench-handouts = Respond, alle { $count } Handouts (4 Zielgruppen × 5 Sprachen)
certificates-bench-libreoffice = LibreOffice, { $count } ODT-Bescheinigungen nach PDF
certificates-bench-line = { $name }: Median { $median } ms (Läufe: { $runs } ms)
certificates-bench-ratio = Verhältnis LibreOffice / Respond bei { $count } Bescheinigungen: { $ratio }
certificates-bench-pages = Bescheinigungsseiten pro Sekunde: { $rate }
certificates-bench-no-soffice = LibreOffice (soffice) ist nicht installiert: kein Vergleich.

# Was die App bei diesen Fehlern zeigt (Codes „name-required“ und „invalid-certificate“).
error-name-required = Eine Teilnahmebescheinigung braucht den Namen der Person, in lateinischen, griechischen oder kyrillischen Buchstaben. Ergänzen oder korrigieren Sie die Namen der Teilnehmenden und drucken Sie dann erneut.
error-invalid-certificate = Diese Teilnahmebescheinigung ist ungültig: Sie wurde nach dem Signieren verändert oder von einer anderen Installation signiert.
