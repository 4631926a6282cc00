# Die Programmseite und der Quartalsbericht (PDF und CSV) für die regionale Naloxon-Gruppe.
results-scope-kind-period = Ein Zeitraum
results-scope-period = Schulungen vom { $from } bis { $to }
invalid-before-from = Das Ende des Zeitraums liegt vor seinem Beginn.
programme-title = Programm
programme-intro = Die Zahlen, die eine regionale Naloxon-Gruppe erfragt, für die Schulungen im Zeitraum: keine Namen und keine Anzahl von einer bis vier Personen.
programme-period = Zeitraum
programme-other = Andere Daten
programme-from = Von
programme-to = Bis
programme-print = Bericht drucken (PDF)
programme-save-csv = Zahlen speichern (CSV)
programme-empty = In diesem Zeitraum liegt keine Schulung.
return-title = Quartalsbericht
return-privacy = Keine Namen: nur Teilnahme-Codes und Anzahlen. Eine Anzahl unter { $min } Personen erscheint als „< { $min }“. Schulungsleitungen sind so genannt wie bei ihren Schulungen.
return-trainings-title = Schulungen
return-summary = { $sessions ->
    [one] Eine Schulung
   *[other] { $sessions } Schulungen
}; { $people } Personen geschult.
return-site = Ort
return-audience = Zielgruppe
return-trainer = Schulungsleitung
return-sessions = Schulungen
return-people = Personen
return-kits-given = Kits ausgegeben
return-kits-title = Naloxon-Kits
return-knowledge-title = Wissen nach Thema (Anteil richtiger Antworten)
return-myths-title = Mythen, die sich halten
return-myths-note = Anteil der Personen, die den Mythos noch glaubten; der nach der Schulung verbreitetste zuerst.
return-rates-title = Getestet und wiedergefunden
return-rate-pre-post = Vor und nach der Schulung getestet: { $share } der geschulten Personen.
return-rate-followup = Bei der Nachbefragung erneut getestet: { $share } der geschulten Personen.
return-rate-matched = Suchen bei der Nachbefragung in diesem Zeitraum, die die Person fanden: { $share }.
return-rates-note = Die Nachbefragung folgt 3 bis 6 Monate nach der Schulung; wer spät im Zeitraum geschult wurde, ist meist noch nicht an der Reihe.
return-footer = Respond-Quartalsbericht: pseudonymisierte Zahlen, keine Namen.
