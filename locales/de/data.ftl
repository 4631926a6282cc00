# Die Daten schützen: die Passphrase, das Sperren, die Sicherungen, das Protokoll, das Löschen von Namen.

data-set-title = Passphrase festlegen
data-set-intro = Respond speichert alles auf diesem Computer, gesperrt mit einer Passphrase. Wählen Sie eine, die Sie sich merken können: Ein paar Wörter mit Leerzeichen dazwischen eignen sich gut.
data-unencrypted-intro = Die Daten, die Sie schon haben, werden mit dieser Passphrase gesperrt.
data-passphrase = Passphrase
data-passphrase-confirm = Passphrase noch einmal eingeben
data-passphrase-warning = Geht die Passphrase verloren, kann niemand die Daten mehr öffnen. Schreiben Sie sie auf und bewahren Sie sie sicher auf.
data-passphrase-min = Mindestens { $count } Zeichen.
data-strength = Stärke: { $score ->
    [0] sehr schwach
    [1] schwach
    [2] mittel
    [3] gut
   *[4] stark
}
data-set-submit = Passphrase festlegen und beginnen
data-unlock-title = Respond entsperren
data-unlock-intro = Geben Sie die Passphrase ein, um Ihre Schulungen und Ergebnisse zu öffnen.
data-unlock-submit = Entsperren
data-lock = Sperren
data-damaged-title = Die Daten lassen sich nicht öffnen
data-damaged-intro = Die Datendatei auf diesem Computer ist beschädigt. Wählen Sie eine Sicherung, die an ihre Stelle tritt.

invalid-too-short = Diese Passphrase ist zu kurz.
invalid-mismatch = Die beiden Passphrasen stimmen nicht überein.
invalid-out-of-range = Diese Zahl liegt außerhalb des erlaubten Bereichs.
invalid-exists = Es gibt schon eine Passphrase: bitte entsperren.
error-wrong-passphrase = Diese Passphrase öffnet die Daten nicht. Prüfen Sie sie und versuchen Sie es noch einmal.
error-locked = Respond ist gesperrt. Geben Sie die Passphrase ein, um weiterzumachen.
error-disk-full = Der Datenträger ist voll: Die letzte Änderung wurde nicht gespeichert, sonst ging nichts verloren. Schaffen Sie Platz und versuchen Sie es noch einmal.
error-database-corrupt = Die Datendatei ist beschädigt und kann nicht gelesen werden. Sie können eine Sicherung wiederherstellen.

data-title = Datenschutz
data-change-title = Passphrase ändern
data-current-passphrase = Aktuelle Passphrase
data-new-passphrase = Neue Passphrase
data-change-submit = Passphrase ändern
data-passphrase-changed = Die Passphrase wurde geändert.
data-lock-minutes = Nach so vielen Minuten ohne Nutzung sperren (0: nie)
data-keep-backups = Anzahl der Sicherungen, die behalten werden
data-save = Speichern
data-saved = Gespeichert.

data-backups-title = Sicherungen
data-backups-hint = Respond legt beim Entsperren eine Sicherung an und danach einmal am Tag, solange Sie es nutzen. Jede Sicherung ist mit der Passphrase gesperrt, die beim Anlegen galt.
data-back-up-now = Jetzt sichern
data-backed-up = Sicherung angelegt.
data-no-backups = Noch keine Sicherungen.
data-backup-kind-automatic = Automatisch
data-backup-kind-manual = Manuell
data-backup-kind-before-upgrade = Vor einem Update
data-backup-kind-before-restore = Vor einer Wiederherstellung
data-backup-open = Inhalt ansehen
data-backup-passphrase = Passphrase dieser Sicherung
data-backup-show = Inhalt zeigen
data-preview-title = Diese Sicherung enthält
data-preview-made = Angelegt am { $date }
data-preview-sessions = { $count ->
    [one] 1 Schulung
   *[other] { $count } Schulungen
}
data-preview-participants = { $count ->
    [one] 1 teilnehmende Person
   *[other] { $count } Teilnehmende
}
data-preview-attempts = { $count ->
    [one] 1 ausgefüllter Test
   *[other] { $count } ausgefüllte Tests
}
data-preview-newest = Neueste Schulung: { $date }
data-preview-version = Version des Datenformats: { $version }
data-restore = Diese Sicherung wiederherstellen
data-restore-confirm = Die Daten auf diesem Computer durch diese Sicherung ersetzen? Vorher wird eine Sicherung der jetzigen Daten angelegt.
roster-erase-name-action = Namen von { $code } löschen
data-erase-names-action = Namen löschen
data-restore-action = Durch diese Sicherung ersetzen
data-restored = Die Sicherung wurde wiederhergestellt.

data-audit-title = Protokoll
data-audit-hint = Jede Änderung an den Daten wird hier festgehalten. Jede Zeile ist mit der vorherigen verknüpft, sodass eine nachträglich geänderte Zeile auffällt.
data-audit-intact = Jeder Eintrag ist mit dem vorigen verkettet, und das Protokoll enthält noch alles, was die neueste Sicherung enthielt.
data-audit-broken = Das Protokoll wurde ab Zeile { $id } verändert.
data-audit-cut = Einträge bis { $id } waren in der Sicherung vom { $date }, fehlen jetzt aber oder wurden geändert: Das Protokoll wurde gekürzt oder neu geschrieben.
data-audit-anchor = { $count } Einträge; der neueste endet auf { $hash }. Seit der neuesten Sicherung entfernte Einträge oder ein von jemandem mit der Passphrase neu geschriebenes Protokoll zeigen sich nur im Vergleich mit einem anderswo aufbewahrten Stand: Notieren Sie diese Werte oder bewahren Sie einen Export oder einen gedruckten Bericht auf, die sie enthalten.
data-audit-export = Protokoll exportieren
data-audit-exported = Gespeichert unter { $path }
data-audit-when = Wann
data-audit-what = Was
data-audit-detail = Einzelheiten
data-action-create = Angelegt
data-action-edit = Geändert
data-action-delete = Gelöscht
data-action-export = Exportiert
data-action-print = Gedruckt
data-action-erase = Endgültig gelöscht
data-action-backup = Gesichert
data-action-restore = Wiederhergestellt
data-action-passphrase-change = Passphrase geändert
data-action-unlock = Entsperrt
data-action-kiosk = Fragebogen-Kiosk
data-action-import = Importiert
data-action-push = An den regionalen Datenpool gesendet
data-action-scan = Gescannter Antwortbogen gespeichert
data-object-database = Datenbank
data-object-bundle = Paket von einem anderen Laptop
data-object-session = Schulung
data-object-participant = teilnehmende Person
data-object-answer-sheet = Antwortbogen
data-object-answers = Antworten
data-object-certificate = Teilnahmebescheinigung
data-object-printout = Ausdruck
data-object-session-names = Namen der Schulung
data-object-participant-name = Name der teilnehmenden Person
data-object-audit = Protokoll
data-object-auto = automatische Sicherung
data-object-manual = manuelle Sicherung
data-object-results = Ergebnisse
data-object-followup = Nachbefragung
data-object-calendar = Kalender der Nachbefragungen
data-object-sample-data = Beispieldaten

data-erase-title = Namen löschen
data-erase-hint = Namen werden nur für Teilnahmebescheinigungen gebraucht. Werden sie gelöscht, bleiben Codes, Antworten und Ergebnisse erhalten.
data-erase-session = Schulung
data-erase-choose = Schulung wählen …
data-erase-names = Namen löschen
data-erase-names-confirm = Die Namen aller Personen dieser Schulung löschen? Codes, Antworten und Ergebnisse bleiben, aber Teilnahmebescheinigungen können nicht mehr auf ihren Namen gedruckt werden. Das lässt sich nicht rückgängig machen.
data-erased-names = { $count ->
    [one] 1 Name gelöscht.
   *[other] { $count } Namen gelöscht.
}
roster-erase-name = Namen löschen
roster-erase-name-confirm = Den Namen von { $code } löschen? Antworten und Ergebnisse bleiben.

data-cli-passphrase = Passphrase:
data-cli-new-passphrase = Neue Passphrase:
data-cli-confirm-passphrase = Passphrase noch einmal:
data-cli-backup-passphrase = Passphrase der Sicherung:
data-cli-preview = Sicherung vom { $date } (Datenformat { $version }): { $sessions } Schulungen, { $participants } Teilnehmende, { $attempts } ausgefüllte Tests; neueste Schulung: { $newest }.
data-cli-confirm-restore = Die Daten durch diese Sicherung ersetzen? [j/N]
data-cli-restored = Wiederhergestellt in { $path }.
data-cli-erased = { $count ->
    [one] 1 Name gelöscht.
   *[other] { $count } Namen gelöscht.
}
data-cli-audit-exported = { $count } Zeilen nach { $path } geschrieben.
data-printouts-title = Ausdrucke und Exporte
data-printouts-hint = Bescheinigungen und Listen enthalten Namen, Exporte Codes. Löschen Sie alte Dateien, sobald sie ausgegeben oder abgelegt sind.
data-printouts-days = Älter als (Tage)
data-printouts-delete = Alte Ausdrucke löschen
data-printouts-confirm = Alle Ausdrucke, Exporte und Kalender im Druckordner löschen, die älter als { $days } Tage sind?
data-printouts-deleted = { $count ->
    [one] Eine Datei gelöscht.
   *[other] { $count } Dateien gelöscht.
}
