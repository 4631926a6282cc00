# Schulungen, die Liste der Teilnehmenden, die Tests (am Laptop, Eingabe der Antwortbögen, Gruppenansicht) und die Ergebnisse einer Schulung.

session-new = Neue Schulung
session-edit = Schulung bearbeiten
session-save = Schulung speichern
sessions-none = Noch keine Schulungen. Beginnen Sie mit „Neue Schulung“.
sessions-back = Alle Schulungen
session-date = Datum
session-site = Ort
session-audience = Zielgruppe
session-language = Sprache der Schulung
session-participants = Teilnehmende
session-status = Status
session-open = Offen
session-closed = Abgeschlossen
session-close = Schulung abschließen
session-close-future = Diese Schulung ist auf den { $date } datiert, der noch bevorsteht. Mit dem Abschließen beginnt der Zeitplan der Nachbefragung ab diesem Datum. Trotzdem abschließen?
session-reopen = Schulung wieder öffnen
session-template-hint = Die Zielgruppe legt passende Module und Test fest; Sie können beides ändern.
session-trainers = Schulungsleitung
session-modules = Behandelte Module
session-quiz = Test (vorher und nachher derselbe)
quiz-items = { $count ->
    [one] 1 Frage
   *[other] { $count } Fragen
}
save = Speichern
cancel = Abbrechen
yes = Ja
no = Nein
invalid-date = Dieses Datum gibt es nicht. Bitte als TT.MM.JJJJ eingeben, z. B. 14.01.2027.
invalid-required = Dieses Feld ist erforderlich.
invalid-modules = Wählen Sie mindestens ein Modul.
invalid-date-range = Geben Sie ein Datum zwischen 1990 und 2100 ein.
invalid-too-long = Das ist zu lang: höchstens 200 Zeichen.
invalid-control-characters = Entfernen Sie die unsichtbaren Steuerzeichen (Tabulatoren, Zeilenumbrüche).
invalid-unknown = Diese Auswahl kennt Respond nicht. Wählen Sie einen Eintrag aus der Liste.
invalid-has-answers = Für diese Person sind schon Antworten erfasst: Nutzen Sie „Entfernen“, das vorher nachfragt.
error-invalid-input = Ein Teil der Eingaben kann nicht gespeichert werden. Prüfen Sie die Felder und versuchen Sie es erneut.
error-not-found = Der Eintrag wurde nicht gefunden. Vielleicht wurde er gelöscht.

roster-title = Teilnehmende
roster-name = Name (nur für die Teilnahmebescheinigung)
roster-name-hint = Optional – sonst nur der Code
roster-name-column = Name
roster-language = Sprache
roster-release = Entlassungsdatum
roster-consent = Einverstanden mit Kontakt für die Nachbefragung
roster-consent-short = Nachbefragung
roster-add = Hinzufügen
roster-hint = Geben Sie einen Namen ein (oder nichts) und drücken Sie die Eingabetaste: Jede Person erhält einen Code für ihre Karte. Danach steht der Cursor für die nächste Person bereit.
roster-code = Code
roster-sgic = Persönlicher Code
roster-actions = Aktionen
roster-details = Angaben
roster-edit = Bearbeiten
roster-remove = Entfernen
# $who ist die Person: Name und Code, z. B. „Maria Santos (K7M-R4T)“, oder nur der Code.
roster-remove-confirm = { $who } und alle Antworten dieser Person entfernen?
roster-added = { $code } hinzugefügt.
roster-undo = Rückgängig: { $code } wieder entfernen
roster-remove-action = { $code } entfernen
roster-edit-title = Teilnehmende Person { $code }
sgic-title = Persönlicher Code (um die Person bei der Nachbefragung ohne Namen wiederzufinden)
sgic-hint = Fragen Sie die Person selbst; sie kann Monate später dieselben Antworten geben.
sgic-parent = Erste zwei Buchstaben des Vornamens eines Elternteils
sgic-month = Geburtsmonat (1–12)
sgic-siblings = Anzahl älterer Geschwister
sgic-place = Erster Buchstabe des Geburtsorts
sgic-incomplete = Füllen Sie alle vier Teile des persönlichen Codes aus – oder keinen.

tests-title = Tests
phase-pre = Vor der Schulung
phase-post = Nach der Schulung
phase-followup = Nachbefragung
tests-kiosk = An diesem Laptop
tests-grid = Antwortbögen eingeben
tests-group = Gruppenansicht
tests-hint = Vorher und nachher wird derselbe Test verwendet. Antworten werden sofort gespeichert.

kiosk-pin-title = PIN für die Schulungsleitung festlegen
kiosk-pin-hint = Der Test füllt den ganzen Bildschirm. Teilnehmende können ihn nicht verlassen; Sie verlassen ihn mit dieser PIN (4 bis 8 Ziffern).
kiosk-pin-invalid = Verwenden Sie 4 bis 8 Ziffern.
kiosk-pin-again = Dieselbe PIN noch einmal
kiosk-pin-mismatch = Die beiden PINs stimmen nicht überein.
kiosk-start = Starten
kiosk-unlock-title = PIN der Schulungsleitung
error-kiosk-active = Der Fragebogen-Bildschirm läuft. Die Trainerin oder der Trainer verlässt ihn zuerst mit der PIN.
error-mentor-mode = Das ist im Mentoring-Modus nicht möglich. Verlassen Sie ihn zuerst mit der PIN (oben rechts).
kiosk-unlock-hint = PIN der Schulungsleitung oder Passphrase von Respond eingeben.
kiosk-tries-left = { $tries ->
    [one] Das ist nicht die richtige PIN. Noch ein falscher Versuch, und Respond wird gesperrt.
   *[other] Das ist nicht die richtige PIN. Noch { $tries } falsche Versuche, und Respond wird gesperrt.
}
kiosk-leave = Testansicht verlassen
kiosk-back-to-quiz = Zurück
kiosk-trainer-leave = Schulungsleitung
kiosk-code-title = Ihr Code
kiosk-code-hint = Geben Sie den Code von Ihrer Karte ein.
kiosk-code-unknown = Dieser Code gehört nicht zu dieser Schulung. Prüfen Sie Ihre Karte oder fragen Sie die Schulungsleitung.
kiosk-begin = Beginnen
kiosk-progress = Frage { $current } von { $total }
kiosk-multi-hint = Sie können mehrere wählen. Wenn Sie fertig sind, tippen Sie auf „Weiter“.
kiosk-previous = Zurück
kiosk-next = Weiter
kiosk-skip = Überspringen
kiosk-review-title = Ihre Antworten und die richtigen Antworten
kiosk-your-answer = Ihre Antwort
kiosk-right-answer = Richtige Antwort
kiosk-finish = Abschließen
kiosk-thanks = Vielen Dank!
kiosk-hand-back = Bitte geben Sie den Laptop an die Schulungsleitung zurück.
kiosk-next-person = Nächste Person

grid-title = Antwortbögen: { $phase }
grid-save = Speichern
grid-close = Speichern und schließen
grid-hint = Eine Zeile pro Person, ein Feld pro Frage. Geben Sie den Buchstaben ein, der auf dem Bogen angekreuzt ist (A, B, C …; Richtig / Falsch / Weiß ich nicht sind A / B / C; Zustimmung ist 1–5); der Cursor springt weiter. In Spalten mit + sind mehrere Buchstaben möglich; danach mit → weiter. Mit den Pfeiltasten bewegen Sie sich; die Eingabetaste springt zur nächsten Person.
grid-key-refused = Diese Frage nimmt nur { $keys } an.
grid-status = Gespeichert?
grid-cell = { $code }, Frage { $number }
grid-status-saved = Gespeichert
grid-status-dirty = Noch nicht gespeichert
grid-status-invalid = Rote Felder prüfen
grid-status-empty = Keine Antworten

group-reveal = Antworten der Gruppe zeigen
group-facts = Fakten zeigen
group-answered = Antworten: { $answered } von { $people } Personen.
group-answered-so-far = Bisher geantwortet: { $answered } von { $people } Personen
group-waiting = Noch nicht geantwortet (nur auf diesem Bildschirm):
group-privacy = Es werden nur Summen gezeigt: keine Namen, keine Codes.

results-session-title = Ergebnisse
results-domains-caption = Anteil richtiger Antworten nach Thema
results-domain = Thema
results-knowledge = Alle Wissensfragen
results-people-caption = Pro Person
domain-risks = Risiken
domain-signs = Anzeichen
domain-actions = Was tun
domain-naloxone = Naloxon
domain-myths = Mythen
domain-confidence = Handlungssicherheit (1–5)

# Paper answer sheets, and saving what was printed.
sheet-document-title = Antwortbögen
sheet-code = Code
sheet-instruction = Kreuzen Sie pro Frage ein Kästchen an – außer wenn nach allen richtigen Antworten gefragt wird. Unsicher? Kreuzen Sie „Weiß ich nicht“ an, wo es angeboten wird; sonst lassen Sie die Frage leer.
sheet-footer = Antwortbogen { $code }
sheet-footer-blank = Antwortbogen ohne Code
sheet-page = Seite { $page }
sheet-code-write = Tragen Sie hier Ihren Code ein
print-saved = Gespeichert: { $path }
print-open = Öffnen
print-sheets = Antwortbögen drucken
paper-size = Papierformat
session-delete = Schulung löschen
session-delete-confirm = { $people ->
    [0] Diese Schulung löschen? Vorher wird eine Sicherung angelegt.
    [one] Diese Schulung mit ihrer teilnehmenden Person und deren Antworten löschen? Vorher wird eine Sicherung angelegt.
   *[other] Diese Schulung mit ihren { $people } Teilnehmenden und allen Antworten löschen? Vorher wird eine Sicherung angelegt.
}
session-delete-action = { $date } · { $site } löschen

kit-label = Naloxon-Kit
kit-none = Nicht erfasst
kit-status-at-training = Bei der Schulung ausgegeben
kit-status-in-property = Zur Habe für die Entlassung gelegt
kit-status-on-release = Am Entlassungstag ausgegeben
kit-status-declined = Nicht gewünscht
kit-date = Datum des Kits
