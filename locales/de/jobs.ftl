# Lange Vorgänge (Exporte, Bericht, Sicherungen, Wiederherstellung, Paketimport, Pool, Beispieldaten):
# ihr Fortschritt und die Schaltfläche, die sie abbricht, auf dem Bildschirm und in der Kommandozeile.

job-working = Läuft …
# $percent: 0 bis 100.
job-progress = { $percent } %
job-cancel = Abbrechen
job-stopping = Wird abgebrochen …
error-cancelled = Vor dem Ende abgebrochen. Nichts davon wurde gespeichert.
