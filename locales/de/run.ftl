# Die geführte Schulung („Schulung durchführen“) für Peer-Mentorinnen und -Mentoren: einfache Worte, ein Schritt nach dem anderen.
run-title = Schulung durchführen
run-start-button = Schulung durchführen
run-continue-button = Schulung fortsetzen
run-steps = Schritte der Schulung
run-step-group = Gruppe
run-step-people = Wer ist da
run-step-pre = Quiz vorher
run-step-present = Präsentieren
run-step-post = Quiz nachher
run-step-print = Drucken
run-step-done = Fertig
run-pause = Jetzt unterbrechen
run-hard-questions = Schwierige Fragen
run-hard-questions-help = Fragen, die oft gestellt werden, mit einer Antwort, die Sie geben können. Tippen Sie auf eine Frage, um die Antwort zu sehen.
run-group-title = Für wen ist die Schulung?
run-group-help = Wählen Sie die Gruppe. Die passenden Module und das passende Quiz kommen mit.
run-site = Wo findet sie statt? (Abteilung, Station oder Ort)
run-trainers = Ihr Name (er steht auf den Teilnahmebescheinigungen)
run-language = Sprache der Schulung
run-start = Schulung beginnen
run-people-title = Wer ist da?
run-people-help = Fügen Sie jede Person hinzu und geben Sie ihr den Code, der erscheint. Damit macht sie das Quiz. Ein Name ist freiwillig.
run-name = Name (freiwillig)
run-person-language = Sprache der Person
run-name-unprintable = Dieser Name kann nicht auf einer Teilnahmebescheinigung stehen (nur lateinische, griechische oder kyrillische Buchstaben): Schreiben Sie ihn mit diesen Buchstaben, sonst bekommt die Person keine Bescheinigung.
run-add = Diese Person hinzufügen
run-undo = { $code } wieder herausnehmen
run-people-count = { $count ->
    [one] 1 Person
   *[other] { $count } Personen
}
run-pre-title = Quiz vor der Schulung
run-pre-help = Alle beantworten das Quiz einmal, bevor Sie präsentieren. So sieht man, was sie schon wissen.
run-post-title = Quiz nach der Schulung
run-post-help = Dasselbe Quiz noch einmal, nachdem sie alles gehört haben. So sieht man, was sie gelernt haben.
run-on-laptop = An diesem Laptop, nacheinander
run-on-paper = Auf Papier: Antwortbögen drucken
run-type-sheets = Antwortbögen eingeben
run-test-done = Fertig: { $done } von { $people }
run-present-title = Module präsentieren
run-present-help = Zeigen Sie jedes Modul auf dem Bildschirm. Ihre Hinweise und die schwierigen Fragen helfen bei dem, was gefragt wird.
run-present = Präsentieren
run-print-title = Für alle drucken
run-print-help = Teilnahmebescheinigungen, Entlassungskarten und Merkblätter, jeweils in der Sprache der Person. Sie werden im Druckordner gespeichert.
run-print-certificates = Teilnahmebescheinigungen
run-print-cards = Entlassungskarten
run-print-handouts = Merkblätter
run-done-title = Die Schulung ist erfasst
run-done-pre = Quiz vorher: { $done } von { $people }
run-done-post = Quiz nachher: { $done } von { $people }
run-done-remains = Noch offen
run-done-missing-pre = { $count ->
    [one] 1 Person hat das Quiz vorher nicht beendet.
   *[other] { $count } Personen haben das Quiz vorher nicht beendet.
}
run-done-missing-post = { $count ->
    [one] 1 Person hat das Quiz nachher nicht beendet.
   *[other] { $count } Personen haben das Quiz nachher nicht beendet.
}
run-done-all = Alle haben das Quiz vorher und nachher beendet.
run-finish = Abschließen
run-next = Weiter
run-back = Zurück
mentor-title = Mentoring-Modus
mentor-hint = Für Peer-Mentorinnen und -Mentoren, die Schulungen geben: Die App zeigt nur noch „Schulung durchführen“, die Module und das Drucken, in größerer Schrift, und nichts kann gelöscht oder geändert werden. Wählen Sie eine PIN, um den Modus wieder zu verlassen (die Passphrase funktioniert auch).
mentor-pin = PIN zum Verlassen des Mentoring-Modus (4 bis 8 Ziffern)
mentor-pin-again = Dieselbe PIN noch einmal
mentor-pin-invalid = Die PIN muss 4 bis 8 Ziffern haben.
mentor-pin-mismatch = Die beiden PINs stimmen nicht überein.
mentor-turn-on = Mentoring-Modus einschalten
mentor-leave = Mentoring-Modus verlassen
mentor-leave-title = Mentoring-Modus verlassen
mentor-leave-hint = Geben Sie die PIN ein, die beim Einschalten gewählt wurde, oder die Passphrase.
mentor-leave-wrong = Das ist weder die PIN noch die Passphrase.
