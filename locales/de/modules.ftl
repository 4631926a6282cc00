# Die Modulübersicht, die Leseansicht eines Moduls und der Präsentationsmodus.

modules-content-language = Sprache der Inhalte
modules-content-language-hint = Die Sprache der Lektionen und Folien. Sie kann von der Sprache der App abweichen.
modules-audience = Zielgruppe
modules-audience-all = Alle
modules-search = Suchen
modules-search-hint = Wörter aus Titel oder Zusammenfassung
modules-count = { $count ->
    [one] 1 Modul
   *[other] { $count } Module
}
modules-none-found = Kein Modul passt. Leeren Sie die Suche oder wählen Sie eine andere Zielgruppe.
module-minutes = { $minutes } Min.
module-slides = { $count ->
    [one] 1 Folie
   *[other] { $count } Folien
}
module-languages = Sprachen
module-language-missing = nicht verfügbar auf { $language }
module-has-problems = Einige Dateien dieses Moduls enthalten Fehler. Der mitgelieferte Inhalt hat keine: Jemand hat ihn bearbeitet. Führen Sie „respond validate“ aus, um sie zu sehen.
module-open = Lesen
module-present = Präsentieren
module-back = Zurück zu den Modulen
module-objectives = Lernziele
module-notes = Hinweise für die Schulungsleitung
module-sources = Quellen
module-not-in-language = Dieses Modul gibt es in dieser Sprache noch nicht.
content-problems-title = Probleme in den Inhaltsdateien
presenter-label = Präsentationsmodus
presenter-exit = Beenden
presenter-notes-show = Hinweise zeigen
presenter-notes-hide = Hinweise ausblenden
presenter-next = Weiter
presenter-previous = Zurück
presenter-fullscreen = Vollbild
presenter-position = Folie { $current } von { $total }
presenter-help = Weiter: → Bild ab Leertaste · Zurück: ← Bild auf · Hinweise: N · Schwarzbild: B · Vollbild: F · Beenden: Esc
presenter-blank = Der Bildschirm ist schwarz. Drücken Sie B oder eine Pfeiltaste, um die Folie wieder zu zeigen.
presenter-on-projector = Jetzt am Beamer
presenter-projector-blank = Der Beamer zeigt ein Schwarzbild. Drücken Sie B oder eine Pfeiltaste, um die Folie wieder zu zeigen.
presenter-blank-projector = Beamer schwarz schalten
presenter-next-slide = Nächste Folie (zum Wechseln anklicken)
presenter-end = Das ist die letzte Folie.
presenter-elapsed = Zeit
presenter-timer-pause = Anhalten
presenter-timer-resume = Fortsetzen
presenter-timer-reset = Neu starten
presenter-slides = Folien
presenter-help-console = Weiter: → Bild ab Leertaste · Zurück: ← Bild auf · Beamer schwarz: B · Beenden: Esc · Eine Folie in der Liste anklicken, um zu ihr zu springen
error-module-not-found = Dieses Modul ist in dieser Sprache nicht verfügbar.
