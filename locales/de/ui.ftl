# Die Texte der App. Die Kennungen bleiben; übersetzt wird der Text nach „=“.

app-name = Respond
app-tagline = Schulung: Richtig handeln bei Überdosis
skip-to-content = Zum Inhalt springen
nav-label = Hauptbereiche
language-label = Sprache
loading = Wird geladen …

nav-modules = Module
nav-sessions = Schulungen
nav-followup = Nachbefragung
nav-results = Ergebnisse
nav-print = Drucken
nav-settings = Einstellungen

area-not-ready = Dieser Teil von Respond ist in dieser Version noch nicht fertig. Das wird er können:

modules-title = Schulungsmodule
modules-lead = Die Lektionen, die Sie unterrichten: Lesen Sie sie und zeigen Sie sie am Beamer, mit den Hinweisen für die Schulungsleitung daneben.
modules-plan-1 = Sieben Module: Was eine Überdosis ist, richtig handeln Schritt für Schritt, Naloxon und Naltrexon, Atemspende, Kontakt mit Fentanyl, die ersten Wochen nach der Entlassung sowie Mythen und Fakten.
modules-plan-2 = Jedes Modul auf Englisch, Französisch, Deutsch, Niederländisch und Portugiesisch, mit Hinweisen für die Schulungsleitung und Quellen.
modules-plan-3 = Ein Präsentationsmodus für den Beamer; die Hinweise sehen nur Sie auf Ihrem Bildschirm.

sessions-title = Schulungen
sessions-lead = Planen Sie eine Schulung, erfassen Sie die Teilnehmenden und führen Sie die Tests vorher und nachher durch.
sessions-plan-1 = Zielgruppe, Module, Ort und Sprache wählen.
sessions-plan-2 = Teilnehmende schnell erfassen; jede Person erhält einen kurzen Code statt eines Namens.
sessions-plan-3 = Tests an diesem Laptop, auf Antwortbögen aus Papier oder als Gruppenansicht am Beamer.

followup-title = Nachbefragung
followup-lead = Sehen Sie, wer 3 bis 6 Monate nach der Schulung zur Nachbefragung fällig ist, und testen Sie diese Personen erneut.
followup-plan-1 = Wer jetzt fällig, überfällig oder bald an der Reihe ist, nach Ort.
followup-plan-2 = Eine Person über ihren Code finden, ohne ihren Namen.
followup-plan-3 = Eine Erinnerungsliste zum Ausdrucken und Termine für den Kalender.

results-title = Ergebnisse
results-lead = Sehen Sie, was die Teilnehmenden gelernt und behalten haben – ohne Namen.
results-plan-1 = Wissen vorher, nachher und bei der Nachbefragung, nach Thema und nach Mythos.
results-plan-2 = Zahlen nach Ort und Zielgruppe, mit Diagrammen.
results-plan-3 = Exporte für R, SPSS und Excel und ein Bericht als PDF.

print-title = Drucken
print-lead = Drucken Sie Teilnahmebescheinigungen, Merkblätter zu Mythen und Entlassungskarten in der Sprache jeder Person.
print-plan-1 = Teilnahmebescheinigungen für die ganze Gruppe in einem PDF, mit einem Code, den alle prüfen können.
print-plan-2 = Merkblätter zu den Mythen, die für Ihre Zielgruppe zählen.
print-plan-3 = Eine Entlassungskarte im Taschenformat mit den Schritten im Notfall und den Hilfsangeboten vor Ort.

settings-title = Einstellungen
settings-language = Sprache der App
settings-language-hint = Menüs und Schaltflächen. Jede Schulung und jede Person kann eine eigene Sprache haben.
settings-text-size = Schriftgröße
settings-text-size-hint = Größere Schrift ist am Beamer besser lesbar.
text-size-normal = Normal
text-size-large = Groß
text-size-larger = Sehr groß
settings-data = Ihre Daten
settings-data-location = Respond speichert alles auf diesem Computer, in diesem Ordner:
settings-version = Respond, Version { $version }

error-title = Etwas ist schiefgelaufen
error-database = Die Datenbank konnte nicht gelesen oder geschrieben werden. Es wurde nichts geändert.
error-migration = Die Datenbank konnte nicht aktualisiert werden. Ihre Daten sind unverändert, eine Sicherung wurde angelegt.
error-io = Eine Datei konnte nicht gelesen oder geschrieben werden. Prüfen Sie, ob der Datenträger voll ist.
error-no-data-dir = Respond hat keinen Ordner für seine Daten gefunden.
error-unknown-language = Diese Sprache ist nicht verfügbar.
error-internal = In Respond ist ein unerwarteter Fehler aufgetreten. Es wurde nichts geändert.
error-retry = Erneut versuchen
