# Die Programmseite und der Quartalsbericht (PDF und CSV) für die regionale Naloxon-Gruppe.
results-scope-kind-period = Ein Zeitraum
results-scope-period = Schulungen vom { $from } bis { $to }
invalid-before-from = Das Ende des Zeitraums liegt vor seinem Beginn.
programme-title = Programm
programme-intro = Die Zahlen, die eine regionale Naloxon-Arbeitsgruppe anfordert, für die Schulungen im gewählten Zeitraum: ohne Namen, und Anzahlen von einer bis vier Personen werden nicht angezeigt.
programme-period = Zeitraum
programme-other = Anderer Zeitraum
programme-from = Von
programme-to = Bis
programme-print = Bericht drucken (PDF)
programme-save-csv = Zahlen speichern (CSV)
programme-empty = In diesem Zeitraum gibt es keine Schulung.
return-title = Quartalsbericht
return-privacy = Keine Namen: nur Teilnahmecodes und Anzahlen. Eine Anzahl unter { $min } Personen erscheint als „< { $min }“. Schulungsleitungen erscheinen mit dem Namen, der bei ihren Schulungen eingetragen ist.
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
return-kits-given = Ausgegebene Kits
return-kits-title = Naloxon-Kits
return-knowledge-title = Wissen nach Thema (Anteil richtiger Antworten)
return-myths-title = Mythen, die sich halten
return-myths-note = Anteil der Personen, die den jeweiligen Mythos noch glaubten; oben der nach der Schulung am weitesten verbreitete.
return-rates-title = Tests und Zuordnung bei der Nachbefragung
return-rate-pre-post = Test vor und nach der Schulung gemacht: { $share } der geschulten Personen.
return-rate-followup = Test bei der Nachbefragung gemacht: { $share } der geschulten Personen.
return-rate-matched = Suchen bei der Nachbefragung in diesem Zeitraum, bei denen die Person gefunden wurde: { $share }.
return-rates-note = Die Nachbefragung folgt 3 bis 6 Monate nach der Schulung; wer spät im Zeitraum geschult wurde, ist meist noch nicht an der Reihe.
return-footer = Respond-Quartalsbericht: pseudonymisierte Zahlen, keine Namen.
