## Das Rollenspiel: Die Schulungsleitung bewertet, was eine teilnehmende Person bei einer gespielten Überdosis tut.

roleplay-title = Rollenspiel
roleplay-open = Rollenspiel bewerten
roleplay-lead = Beobachten Sie, wie eine Person oder ein Paar an der Übungspuppe bei einer Überdosis hilft. Drücken Sie auf „Starten“, sobald es losgeht, und haken Sie dann jeden Schritt ab, sobald er passiert: Die Zeit wird festgehalten.
roleplay-who = Wer hilft
roleplay-partner = Zusammen mit
roleplay-alone = Niemand – allein
roleplay-phase = Zeitpunkt
roleplay-start = Starten
roleplay-restart = Neu starten
roleplay-elapsed = Zeit
roleplay-steps = Schritte
roleplay-critical = kritisch
roleplay-errors = Kritische Fehler
roleplay-note = Notiz (freiwillig)
roleplay-save = Rollenspiel speichern
roleplay-cancel = Abbrechen
roleplay-keys = Tastatur: Die Leertaste startet die Uhr, die Tasten 1 bis 9 haken einen Schritt ab, die Eingabetaste speichert. Ein zweites Abhaken nimmt den Haken wieder weg.
roleplay-not-started = Drücken Sie auf „Starten“, wenn das Rollenspiel beginnt.
roleplay-discard-question = Dieses Rollenspiel verwerfen? Die Haken und die Zeit gehen verloren.
roleplay-discard = Verwerfen
roleplay-replace = Für { $code } gibt es zu diesem Zeitpunkt schon ein Rollenspiel. Beim Speichern wird es ersetzt.
roleplay-saved = Gespeichert: das Rollenspiel von { $code }.
roleplay-saved-pair = Gespeichert: das Rollenspiel von { $first } und { $second }.
invalid-same-person = Wählen Sie für ein Paar zwei verschiedene Personen.
roleplay-done = Rollenspiele: { $done } von { $people }
roleplay-none-yet = Noch kein Rollenspiel bewertet.
roleplay-at = bei { $time }
roleplay-ticked = Abgehakt bei { $time }
roleplay-scored = Bewertete Rollenspiele zu diesem Zeitpunkt
roleplay-summary = { $steps ->
    [one] 1 Schritt
   *[other] { $steps } Schritte
}, { $errors ->
    [one] 1 Fehler
   *[other] { $errors } Fehler
}
roleplay-remove = Rollenspiel von { $code } löschen
roleplay-remove-question = Das Rollenspiel von { $code } zu diesem Zeitpunkt löschen? Die abgehakten Schritte und die Zeiten gehen verloren. Bei einem Paar behält die andere Person ihr eigenes.
roleplay-debrief = Zum Nachbesprechen: { $marks }
roleplay-all-done = Alle kritischen Schritte gemacht, kein kritischer Fehler.

## Ergebnisse: die Fertigkeiten, die in den Rollenspielen zu sehen waren.

results-roleplay-title = Fertigkeiten im Rollenspiel
results-roleplay-note = Anteil der Personen, die den jeweiligen Schritt gemacht haben, zu jedem Zeitpunkt. Die Zeiten zählen ab Beginn des Rollenspiels.
results-roleplay-step = Schritt
results-roleplay-people = Personen mit Rollenspiel
results-roleplay-all-critical = Alle kritischen Schritte gemacht
results-roleplay-any-error = Einen kritischen Fehler gemacht
results-roleplay-time-call = Zeit bis zum Notruf (Median)
results-roleplay-time-naloxone = Zeit bis zur Naloxongabe (Median)
results-roleplay-pairs = { $pairs ->
    [one] Eine Person hatte ein Rollenspiel vorher und nachher: alle kritischen Schritte gemacht { $from } → { $to }.
   *[other] { $pairs } Personen hatten ein Rollenspiel vorher und nachher: alle kritischen Schritte gemacht { $from } → { $to }.
}
results-roleplay-none = Keine Rollenspiele in dieser Auswahl.
results-roleplay-seconds = { $minutes ->
    [0] { $seconds } s
   *[other] { $minutes } min { $seconds } s
}

## Die Rollenspiel-Spalten der CSV-Datei im Breitformat, im Codebuch.

codebook-phase-rp-critical = Alle kritischen Schritte des Rollenspiels gemacht: { $phase }
codebook-phase-rp-errors = Im Rollenspiel beobachtete kritische Fehler: { $phase }
codebook-phase-rp-call = Sekunden vom Beginn des Rollenspiels bis zum Notruf: { $phase }
codebook-phase-rp-naloxone = Sekunden vom Beginn des Rollenspiels bis zur Naloxongabe: { $phase }
codebook-rp-critical-values = 1 = ja, 0 = nein; leer, wenn kein Rollenspiel gemacht wurde
codebook-rp-errors-values = Ganze Zahl; leer, wenn kein Rollenspiel gemacht wurde
codebook-rp-seconds-values = Ganze Sekunden; leer, wenn der Schritt nicht gemacht wurde oder kein Rollenspiel stattfand
