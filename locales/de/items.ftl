## Itemanalyse: ob der Test selbst funktioniert, bei den Personen in der Auswahl.

results-tab-overview = Übersicht
results-tab-items = Itemanalyse
items-title = Funktioniert der Test?
items-lead = Wie sich jede Frage bei den Personen in dieser Auswahl verhalten hat. Die Fragen, die Sie zuerst prüfen sollten, stehen oben.
items-quiz = { $title } ({ $people ->
    [one] 1 Person
   *[other] { $people } Personen
})
items-phase = Zeitpunkt
items-reliability = Reliabilität (KR-20)
items-reliability-ci = { $alpha } (95-%-KI { $low } bis { $high })
items-ceiling = Mit voller Punktzahl
items-too-few = Zu wenige Personen für Itemkennwerte: Es werden mindestens { $min } pro Zeitpunkt gebraucht.
items-question = Frage
items-right = Richtig
items-discrimination = Trennschärfe
items-dont-know = Weiß ich nicht
items-blank = Keine Antwort
items-choices = Gewählte Antworten
items-flags = Zu prüfen
items-flag-low-discrimination = Trennt nicht zwischen Personen, die es wissen, und Personen, die es nicht wissen (r unter 0,20)
items-flag-ceiling = Fast alle antworten richtig (95 % oder mehr)
items-flag-dif = Verhält sich auf { $language } anders (Mantel–Haenszel, ETS-Klasse { $class })
items-none-flagged = Nichts zu prüfen.
items-methods = Richtig: Anteil der Personen mit richtiger Antwort. Trennschärfe: Korrelation der Frage mit den übrigen Fragen des Tests (korrigierte Item-Skala-Korrelation). KR-20 mit 95-%-Konfidenzintervall nach Feldt. Die Sprachen werden mit dem Mantel–Haenszel-Verfahren verglichen, stratifiziert nach der Gesamtpunktzahl, sofern jede Sprache mindestens { $min } Personen hat; markiert wird ETS-Klasse B oder C (|Δ| von mindestens 1 und p < 0,05).
items-none = In dieser Auswahl gibt es noch keinen abgeschlossenen Fragebogen.
items-what-to-do = Was tun bei einer markierten Frage: Lesen Sie sie neben ihrem Modul und in jeder Sprache noch einmal, und fragen Sie sich, ob eine Person, die die Antwort kennt, sie wählen würde. Formulieren Sie sie um, oder geben Sie ihr eine neue Kennung, wenn sich ihr Sinn ändert (content/quiz/DESIGN.md).
