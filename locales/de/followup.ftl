# Die Seite „Nachbefragung“ (3–6 Monate nach einer Schulung), die Erinnerungsliste und ihre Kalenderdatei.

followup-intro = Drei bis sechs Monate nach einer Schulung machen die Teilnehmenden denselben Test noch einmal: So sehen Sie, was sie behalten haben. Hier sehen Sie nach Ort, wer fällig ist.
followup-window-label = Zeitfenster für die Nachbefragung
followup-window-opens = Beginnt nach (Monaten)
followup-window-closes = Endet nach (Monaten)
followup-window-save = Zeitfenster speichern
followup-window-saved = Gespeichert.
followup-window-range = Das Zeitfenster muss nach 1 bis 23 Monaten beginnen und später enden, spätestens nach 24 Monaten.
followup-empty = Noch niemand für eine Nachbefragung. Personen erscheinen hier, sobald ihre Schulung abgeschlossen ist.
followup-status-due = Fällig
followup-status-overdue = Überfällig
followup-status-upcoming = Demnächst
followup-status-closed = Zeitfenster vorbei
followup-status-done = Erledigt
followup-status-hint = Fällig: Das Zeitfenster hat begonnen. Überfällig: Es hat vor mehr als einem Monat begonnen. Zeitfenster vorbei: Die Zeit für eine Nachbefragung ist abgelaufen.
followup-no-consent = { $count ->
    [one] 1 Person war mit einer Nachbefragung nicht einverstanden.
   *[other] { $count } Personen waren mit einer Nachbefragung nicht einverstanden.
}
followup-code = Code
followup-name = Name
followup-language = Sprache
followup-window = Zeitfenster
followup-release = Entlassung
followup-status = Status
followup-session = Schulung
followup-recall-pdf = Erinnerungsliste speichern (PDF)
followup-recall-ics = Kalender speichern (.ics)
followup-saved-to = Gespeichert unter { $path }
followup-record = Nachbefragung erfassen
followup-record-short = Erfassen
followup-record-for = Nachbefragung von { $code } erfassen
followup-find-title = Person finden
followup-find-by-code = Mit dem Teilnahmecode
followup-find-by-sgic = Mit dem persönlichen Code
followup-find-hint = Wer die Karte verloren hat, kann die vier Fragen zum persönlichen Code noch einmal beantworten; kleine Abweichungen sind erlaubt.
followup-code-label = Teilnahmecode
followup-find = Suchen
followup-not-found = Zu diesem Code gibt es keine teilnehmende Person. Prüfen Sie den Code oder suchen Sie mit dem persönlichen Code.
followup-candidates = { $count ->
    [0] Niemand passt genau genug. Gehen Sie die Antworten mit der Person noch einmal durch.
    [one] 1 möglicher Treffer: Gleichen Sie ihn mit der Person ab.
   *[other] { $count } mögliche Treffer: Gleichen Sie jeden mit der Person ab.
}
followup-similarity = { $percent } % Übereinstimmung
followup-confirm = Das ist die Person
followup-nobody = Keine dieser Personen
followup-nobody-recorded = Vermerkt: Diese Suche hat niemanden gefunden. Sie zählt bei der Trefferquote mit.
followup-already-done = Für diese Person ist bereits eine Nachbefragung erfasst. Eine neue Erfassung ersetzt sie.
followup-matched = { $code } · { $site } · Schulung vom { $date }
followup-enter-paper = Antwortbogen eingeben
followup-hand-kiosk = Laptop an die Person übergeben
followup-paper-hint = Die Eingabe der Antwortbögen zeigt die ganze Schulung: Tragen Sie die Antworten in die Zeile dieser Person ein.
followup-kiosk-hint = Die Person gibt ihren Code ({ $code }) ein und antwortet selbstständig.
followup-booster-title = Auffrischung
followup-booster-hint = Gehen Sie nach dem Test gemeinsam noch einmal ein Modul durch: Das Modul zu Mythen ist kurz und passt für die meisten Gruppen.
followup-booster-module = Modul
followup-booster-record = Auffrischung erfassen
followup-booster-given = Auffrischung erfasst: { $module }.
followup-back = Zurück zur Liste
followup-match-rate = Wiedergefunden: { $found } von { $searched } Suchen ({ $percent } %) – mit dem Teilnahmecode { $code }, mit dem persönlichen Code { $sgic }, mit einem ähnlichen persönlichen Code { $fuzzy }.
followup-match-rate-none = Bisher wurde niemand zur Nachbefragung gesucht.

# Die Erinnerungsliste (PDF) und die Kalenderdatei (.ics).
followup-recall-title = Erinnerungsliste Nachbefragung: { $site }
followup-recall-note = { $count ->
    [one] 1 Person für die Nachbefragung, Stand: { $date }.
   *[other] { $count } Personen für die Nachbefragung, Stand: { $date }.
}
followup-recall-footer = Vertraulich: Bewahren Sie diese Liste unter Verschluss auf und vernichten Sie sie nach Gebrauch im Aktenvernichter.
followup-calendar-name = Respond-Nachbefragungen: { $site }
followup-calendar-event = Nachbefragung { $code }
followup-calendar-description = Zeitfenster für die Respond-Nachbefragung. Ort: { $site }. Schulung vom { $session }. Sprache: { $language }.
followup-recall-names = Mit Namen und Entlassungsdaten
