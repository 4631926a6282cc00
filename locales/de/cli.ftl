# Meldungen der Kommandozeile `respond` und von `respond validate`.

cli-error = Fehler: { $error }
cli-validate-summary = { $count ->
    [0] Keine Probleme gefunden.
    [one] 1 Problem gefunden.
   *[other] { $count } Probleme gefunden.
}
cli-info-data-dir = Datenordner: { $path }
cli-info-database = Datenbank: { $path }
cli-info-schema = Version des Datenbankschemas: { $version }
cli-info-installation = Installation: { $uid } (die Kennung ihrer Zeilen in einem regionalen Datenpool)
cli-info-language = Sprache der App: { $language }
cli-bench-startup-line = { $name }: Median { $median } ms bis zur ersten Anzeige (Läufe: { $runs } ms)
cli-bench-startup-ratio = Verhältnis Respond / Hello-World: { $ratio }
cli-bench-build = Gemessener Build: { $build }
cli-bench-startup-memory-app = Respond, Speicher im Leerlauf über alle Prozesse: { $mb } MB
cli-bench-startup-memory-reference = Tauri-Hello-World, Speicher im Leerlauf über alle Prozesse: { $mb } MB
cli-bench-startup-memory-ratio = Verhältnis des Speichers im Leerlauf, Respond / Hello-World: { $ratio }
cli-bench-results-memory-results = Höchster Speicherbedarf beim Berechnen der Ergebnisseite: { $mb } MB
cli-bench-results-memory-export = Höchster Speicherbedarf beim Schreiben der langen CSV-Datei: { $mb } MB

problem-no-files = hier gibt es keine .ftl-Dateien
problem-extra-file = zu dieser Datei gibt es keine englische Entsprechung
problem-missing-file = die Übersetzung dieser Datei ({ $lang }) fehlt
problem-missing-message = die Meldung „{ $id }“ fehlt in { $lang }
problem-extra-message = die Meldung „{ $id }“ gibt es im Englischen nicht: entfernen Sie sie oder ergänzen Sie sie im Englischen
problem-duplicate-message = die Meldung „{ $id }“ steht auch in { $file }: eine Meldung darf nur in einer Datei stehen
problem-variables-differ = die Meldung „{ $id }“ verwendet die Variablen { $found }, das Englische { $expected }
problem-attributes-differ = die Meldung „{ $id }“ hat die Attribute { $found }, das Englische { $expected }
problem-empty-message = die Meldung „{ $id }“ ist leer
problem-syntax = Syntaxfehler: { $error }
problem-unreadable = diese Datei kann nicht gelesen werden: { $error }
cli-bench-results-data = Demo-Datenbank: { $participants } Teilnehmende, { $rows } Antworten.
cli-bench-results-line = { $name }: Median { $median } ms (Läufe: { $runs } ms)
cli-bench-results-ratio = Verhältnis zum CSV-Export derselben Zeilen durch sqlite3: CSV im Langformat { $export }, Seite „Ergebnisse“ { $results }
cli-bench-results-no-sqlite = sqlite3 ist nicht installiert: kein Vergleichswert vorhanden.
cli-bench-bundle-data = Demo-Datenbank: { $participants } Teilnehmende, in einem Paket.
cli-bench-bundle-ratio = Verhältnis des Imports zum Export: { $ratio }
cli-bench-pool-data = Demo-Datenbank: { $participants } Teilnehmende, { $answers } Antworten.
cli-bench-pool-ratio = Verhältnis des Sendens zu PostgreSQLs COPY der CSV-Datei im Langformat: { $ratio }
cli-demo-done = Beispieldaten hinzugefügt: { $sessions } Schulungen an { $sites } Orten, { $participants } Teilnehmende.
cli-validate-warning = Warnung: { $problem }
cli-bench-scan-data = { $pages } Antwortbogenseiten mit { $dpi } dpi, halb gescannt, halb fotografiert ({ $build }-Build).
cli-bench-scan-accuracy = Richtig gelesene Kästchen: { $right } % von { $boxes }. Falsch gelesen, aber markiert: { $flagged }; falsch gelesen und nicht markiert: { $silent }. Zur Prüfung markierte Fragen: { $questions } von { $total }.
cli-bench-scan-rate = Gelesene Seiten pro Sekunde: { $rate }
cli-bench-scan-ratio = Verhältnis des Einlesens zum Eintippen derselben Antworten mit 2 Tasten pro Sekunde: { $ratio }
