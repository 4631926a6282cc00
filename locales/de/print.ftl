# Wörter auf den Mythen-Merkblättern und der Karte für die Entlassung (src/pdf/), und die
# Meldungen von `respond print`.

## Merkblätter

print-myths-and-facts = Mythen und Fakten
print-handout-title-custody = Naloxon, Entzug und das Notfallset dabeihaben
print-handout-title-peers = Naloxon und Überdosis: Antworten für Peer-Mentorinnen und -Mentoren
print-handout-title-clinical = Überdosis, Naloxon und Behandlung: was die Studien zeigen
print-handout-title-officers = Kontakt mit Fentanyl und Naloxon: Fakten für Beamtinnen und Beamte
print-handout-intro-custody = Was man oft über Überdosis und Naloxon hört – und was wirklich stimmt.
print-handout-intro-peers = Was die Menschen, die Sie begleiten, vielleicht gehört haben, was die Fakten sind und woher sie stammen.
print-handout-intro-clinical = Annahmen über Überdosis, Naloxon und Behandlung, die im Team und bei Patientinnen und Patienten vorkommen – neben dem, was die Studien zeigen.
print-handout-intro-officers = Was Beamtinnen und Beamten oft über Fentanyl und Naloxon gesagt wird – und was Fachleute für Vergiftungen und Studien herausgefunden haben.
# Ein Mythos als Überschrift. Die Überschrift der Folie beginnt schon mit „Mythos:“ und wird
# so übernommen; der Fakt darunter beginnt mit „Fakt:“.
print-myth = { $myth }
print-emergency-line = Im Notfall: { $number } anrufen.
print-page-of = Seite { $page } von { $pages }

## Die Karte für die Entlassung: ein Blatt, auf Taschenformat gefaltet

print-card-title = Was tun bei einer Überdosis?
print-card-emergency = Notruf
print-card-carry = Naloxon kann ein Leben retten. Tragen Sie Ihr Set bei sich und sagen Sie anderen, wo es ist.
print-card-tolerance = Nach einer Zeit ohne Opioide verträgt der Körper viel weniger. Ihre gewohnte Menge kann dann eine Überdosis sein, vor allem in den ersten zwei Wochen. Konsumieren Sie möglichst nicht allein.
print-card-steps = Schritt für Schritt
print-card-step-1 = Auf Gefahren achten. Die Person laut mit Namen ansprechen und an den Schultern rütteln.
print-card-step-2 = Keine Reaktion? { $number } anrufen. Sagen, was Sie sehen: „wacht nicht auf, atmet nicht“.
print-card-step-3 = Atemwege freimachen: Kopf nach hinten neigen, Kinn anheben. Höchstens 10 Sekunden lang die Atmung prüfen.
print-card-step-4 = Naloxon geben: ein Sprühstoß in ein Nasenloch oder eine Spritze in den Oberschenkel oder Oberarm. Dabei nie Notruf oder Wiederbelebung aufhalten.
print-card-step-5 = Keine normale Atmung: Wiederbelebung, 30-mal drücken, 2-mal beatmen. Normale Atmung: stabile Seitenlage.
print-card-step-6 = Bei der Person bleiben. Nach 2 bis 3 Minuten keine Besserung? Eine zweite Dosis geben.
print-card-stay = Bei der Person bleiben
print-card-wears-off = Naloxon wirkt nur 30 bis 90 Minuten. Viele Opioide wirken länger, die Atmung kann also wieder aussetzen. Bleiben Sie, bis Hilfe da ist.
print-card-again = Setzt die Atmung wieder aus, geben Sie noch eine Dosis.
print-card-waking = Beim Aufwachen geht es der Person oft schlecht, und sie ist vielleicht aufgewühlt. Bleiben Sie ruhig und freundlich, erklären Sie, was passiert ist, und bitten Sie sie, nicht gleich wieder zu konsumieren.
print-card-services = Hilfe vor Ort
print-card-fold = An den gestrichelten Linien falten.

# Was die App zeigt, wenn ein PDF nicht erstellt werden kann (Fehlercode „pdf“).
error-pdf = Das Dokument konnte nicht erstellt werden. Es wurde nichts gespeichert.

## `respond print`

print-cli-written = Gespeichert: { $path }
print-handout-title-personal = Ihre Fakten zum Mitnehmen
print-handout-intro-personal = Am Ende der Schulung folgten einige Antworten noch verbreiteten Mythen. Hier sind die Fakten – zum Nachlesen und Weitergeben.

# Die Seite „Drucken“.
print-what = Was drucken?
print-kind-handout = Merkblatt zu Mythen
print-kind-release-card = Entlassungskarte
print-kind-personal-handout = Persönliches Merkblatt
print-kind-answer-sheets = Antwortbögen
print-language = Sprache des Dokuments
print-session = Schulung
print-no-sessions = Noch keine Schulungen: Legen Sie unter „Schulungen“ eine an.
print-participant = Teilnehmende Person
print-phase = Test
print-hint-handout = Die Mythen, die für diese Zielgruppe zählen, mit den Fakten und ihren Quellen.
print-hint-release-card = Eine Seite zum Ausschneiden und Falten im Taschenformat: was bei einer Überdosis zu tun ist, die Notrufnummer und die Hilfsangebote vor Ort aus den Einstellungen.
print-hint-personal-handout = Nur die Mythen, die die Person am Ende der Schulung noch glaubte, in ihrer Sprache.
print-hint-answer-sheets = Ein Bogen pro Person, in ihrer Sprache, mit ihrem Code.
print-preview = Erste Seite zeigen
print-save = Als PDF speichern
print-save-as = Speichern unter …
print-personal-unavailable = Kein Merkblatt für diese Person: Sie hat noch keine Antworten nach der Schulung, oder sie hatte bei allen Mythen recht.
print-kind-certificates = Teilnahmebescheinigungen
print-everyone = Alle in der Schulung
print-own-language = Die Sprache jeder Person
print-hint-certificates = Eine Seite pro Person mit Name, Modulen, Datum, Ort und einem Code, den jeder offline prüfen kann. Jede Person braucht einen Namen (Schulungen → Bearbeiten).
print-folder = „Als PDF speichern“ legt Dateien in { $path } ab, einem Ordner, den auf diesem Computer nur Sie öffnen können. Mit „Speichern unter …“ wählen Sie einen anderen Ort.
print-skipped-title = { $count ->
    [one] Eine Person erhält keine Bescheinigung:
   *[other] { $count } Personen erhalten keine Bescheinigung:
}
print-skipped-no-name = kein Name (auf der Seite der Schulung ergänzen)
print-skipped-unprintable = der Name enthält Buchstaben, die die Bescheinigung nicht drucken kann (nur lateinische, griechische oder kyrillische)
