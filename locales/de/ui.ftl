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
nav-programme = Programm
nav-print = Drucken
nav-settings = Einstellungen


modules-title = Schulungsmodule
modules-lead = Die Lektionen, die Sie unterrichten: Lesen Sie sie und zeigen Sie sie am Beamer, mit den Hinweisen für die Schulungsleitung daneben.

sessions-title = Schulungen
sessions-lead = Planen Sie eine Schulung, erfassen Sie die Teilnehmenden und führen Sie die Tests vorher und nachher durch.

followup-title = Nachbefragung
followup-lead = Sehen Sie, wer 3 bis 6 Monate nach der Schulung zur Nachbefragung fällig ist, und testen Sie diese Personen erneut.

results-title = Ergebnisse
results-lead = Sehen Sie, was die Teilnehmenden gelernt und behalten haben – ohne Namen.

print-title = Drucken
print-lead = Drucken Sie Teilnahmebescheinigungen, Merkblätter zu Mythen und Entlassungskarten in der Sprache jeder Person.

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

# Das Datum der Schulung: $day und $month sind Zahlen (Monat 1 bis 12), $year das Jahr.
date-long = { $day }. { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
} { $year }
# Was ein leeres Datumsfeld zeigt: Tag, Monat, Jahr, in Reihenfolge und Wörtern der Sprache.
date-placeholder = TT.MM.JJJJ
