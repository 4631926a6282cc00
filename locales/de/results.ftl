# Die Seite „Ergebnisse“, der Evaluationsbericht (PDF), seine Diagramme, die Exporte und ihr Codebuch.

results-scope-label = Anzeigen
results-scope-kind-session = Eine Schulung
results-scope-kind-site = Ein Ort
results-scope-kind-audience = Eine Zielgruppe
results-scope-kind-all = Alle Daten
results-scope-session = Schulung vom { $date } ({ $site })
results-scope-site = Alle Schulungen: { $site }
results-scope-audience = Alle Schulungen für die Zielgruppe: { $audience }
results-scope-all = Alle Schulungen
results-empty = Noch keine Ergebnisse. Erfassen Sie zuerst die Tests einer Schulung, oder laden Sie Beispieldaten, um sich umzusehen.
results-demo = Beispieldaten laden
results-demo-hint = Füllt diese leere Datenbank mit erfundenen Schulungen, Tests und Nachbefragungen, damit Sie sehen, was „Ergebnisse“ zeigt. Löschen Sie diese Schulungen vor dem echten Einsatz.
results-demo-done = Beispieldaten hinzugefügt: { $sessions } Schulungen, { $participants } Teilnehmende.
results-suppression-note = Zahlen zu weniger als { $min } Personen werden ausgeblendet (angezeigt als „< { $min }“), damit niemand erkannt werden kann.

results-attrition-title = Wer teilgenommen hat
results-trained = Geschult
results-pre-post = Vorher und nachher
results-all-three = Alle drei
results-attrition-line = Geschult { $trained } → vorher { $pre } → nachher { $post } → Nachbefragung { $followup }

results-kits = Naloxon-Kits: { $atTraining } bei der Schulung ausgegeben, { $inProperty } zur Habe für die Entlassung gelegt, { $onRelease } am Entlassungstag ausgegeben, { $declined } nicht gewünscht, { $unknown } nicht erfasst.
results-scores-title = Anteil richtiger Antworten (%)
results-phase = Zeitpunkt
results-people = Personen
results-mean-sd = Mittelwert (SD)
results-median-iqr = Median (IQR)
results-confidence = Handlungssicherheit (1–5)

results-change-title = Veränderung
results-comparison = { $from } → { $to }
results-means = { $pairs } Paare: Mittelwert { $from } % → { $to } %
results-too-few-pairs = Zu wenige Paare ({ $pairs }) für einen Test: Es werden mindestens { $min } gebraucht.
results-suppressed-pairs = Weniger als { $min } Paare: ausgeblendet.
results-wilcoxon = Wilcoxon-Vorzeichen-Rang-Test: W = { $w }, z = { $z }, p { $p } ({ $method ->
    [exact] exakt
   *[normal] Normalapproximation
}); Effektstärke { $formula } = { $r }, N = Anzahl der Paare
# The effect size's formula: the report's fonts have no square-root sign, so it is said in words there.
results-r-formula = { $medium ->
    [print] r = |z| / (Quadratwurzel aus N)
   *[screen] r = |z| / √N
}
results-t-test = t-Test für verbundene Stichproben: t({ $df }) = { $t }, p { $p }; mittlere Veränderung { $diff } Punkte (95-%-KI { $low } bis { $high }); Cohens d_z = mittlere Veränderung / SD der Veränderungen = { $dz } (95-%-KI { $dzlow } bis { $dzhigh })
results-t-degenerate = Alle haben sich um genau { $diff } Punkte verändert: kein t-Test möglich.
results-hake = Normalisierter Lernzuwachs (Hake) g = (nachher − vorher) / (100 − vorher) = { $g }; Mittelwert der individuellen Lernzuwächse { $individual }
results-retention = Bei der Nachbefragung erhalten: { $share } % des Lernzuwachses aus der Schulung (Personen mit allen drei Tests).
results-methods = Die Tests vergleichen jede Person mit sich selbst. Der Wilcoxon-Test ist bei kleinen Gruppen ohne Bindungen exakt; unter { $min } Paaren wird kein Test gerechnet. Die p-Werte sind zweiseitig.

results-myths-title = Mythen, die noch geglaubt werden
results-myth = Mythos
results-items-title = Frage für Frage
results-items-note = Prozent richtige Antworten zu jedem Zeitpunkt. Der McNemar-Test zählt die Personen, die von richtig zu falsch / von falsch zu richtig gewechselt sind (exakter Binomialtest unter 25 Wechseln).
results-question = Frage
results-mcnemar-pre-post = Vorher → nachher: richtig → falsch / falsch → richtig
results-mcnemar-post-followup = Nachher → Nachbefragung: richtig → falsch / falsch → richtig

results-report = Bericht speichern (PDF)
results-saved-to = Gespeichert unter { $path }
results-export-title = Export
results-export-format = Format
results-format-long-csv = CSV im Langformat: eine Zeile pro Antwort
results-format-wide-csv = CSV im Breitformat: eine Zeile pro Person
results-format-codebook = Codebuch: was jede Spalte bedeutet
results-format-json = JSON: alles, verschachtelt
results-format-xlsx = Excel-Arbeitsmappe: Übersicht und alle Dateien
results-export-bom = Für Excel (UTF-8 mit Byte-Order-Mark)
results-export-decimal-comma = Semikolon und Dezimalkomma (Excel auf Deutsch, Französisch, Niederländisch oder Portugiesisch eingestellt)
results-export-save = Export speichern
results-export-save-as = Speichern unter …
results-export-hint = Exporte enthalten Teilnahmecodes, nie Namen.
results-export-beside = Daneben wird ein R-Skript (.R) gespeichert, das die CSV-Datei im Langformat liest, oder eine SPSS-Syntax (.sps), die die CSV-Datei im Breitformat liest.

report-title = Evaluationsbericht
report-made = Erstellt mit Respond am { $date }.
report-footer = Respond-Evaluationsbericht: pseudonymisierte Zahlen, keine Namen.

chart-distribution-title = Testergebnisse zu jedem Zeitpunkt
chart-distribution-axis = Prozent richtige Antworten (Anteil der Personen je Bereich)
chart-domains-title = Prozent richtige Antworten nach Thema
chart-myths-title = Anteil der Personen, die den jeweiligen Mythos noch glauben
results-share-of = { $share } % (n = { $people })

demo-site = Beispielort: { $audience } { $n }
demo-trainers = Beispiel-Schulungsleitung

codebook-file = Datei
codebook-column = Spalte
codebook-meaning = Bedeutung
codebook-values = Werte
codebook-session-id = Nummer der Schulung in dieser Datenbank
codebook-session-id-values = Ganze Zahl
codebook-session-date = Datum der Schulung
codebook-session-date-values = JJJJ-MM-TT
codebook-site = Ort der Schulung
codebook-site-values = Text
codebook-audience = Zielgruppe der Schulung
codebook-audience-values = custody, peers, clinical, officers
codebook-session-language = Sprache, in der die Schulung gehalten wurde
codebook-session-language-values = en, fr, de, nl, pt
codebook-quiz-id = Test, der vorher, nachher und bei der Nachbefragung verwendet wurde
codebook-quiz-id-values = core, officers
codebook-participant = Teilnahmecode (pseudonym)
codebook-participant-values = Sechs Buchstaben und Ziffern, z. B. K7M-R4T
codebook-phase = Zeitpunkt des Tests
codebook-phase-values = pre = vor der Schulung, post = nach der Schulung, followup = 3–6 Monate später
codebook-mode = Wie die Antworten gegeben wurden
codebook-mode-values = kiosk = am Laptop, paper = von einem Antwortbogen eingegeben
codebook-language = Sprache, in der die Person geantwortet hat
codebook-language-values = en, fr, de, nl, pt
codebook-recorded-at = Zeitpunkt der Erfassung der Antworten (UTC)
codebook-recorded-at-values = Datum und Uhrzeit nach ISO 8601
codebook-item-id = Kennung der Frage (in jeder Sprache und zu jedem Zeitpunkt gleich)
codebook-item-id-values = Mit Fragetext und Optionen am Ende dieses Codebuchs aufgeführt
codebook-domain = Thema der Frage
codebook-domain-values = risks, signs, actions, naloxone, myths, confidence
codebook-myth = Der Mythos, den die Frage prüft, falls vorhanden
codebook-myth-values = Siehe content/myths.toml; leer, wenn keiner
codebook-chosen = Gewählte Optionen, durch Semikolon getrennt
codebook-chosen-values = Kennungen der Optionen, bei jeder Frage am Ende dieses Codebuchs aufgeführt; leer = keine Antwort; 1–5 bei Handlungssicherheit
codebook-correct = Ob die Antwort richtig war
codebook-correct-values = 1 = richtig, 0 = falsch oder keine Antwort, leer bei Handlungssicherheit
codebook-attempt-complete = Ob der Durchgang abgeschlossen wurde (jede Frage hat eine Antwortzeile, auch eine übersprungene)
codebook-attempt-complete-values = 1 = abgeschlossen, 0 = teilweise (nicht in den Werten und nicht in der breiten Datei)
codebook-consent-followup = Einverstanden mit Kontakt für die Nachbefragung
codebook-consent-followup-values = 1 = ja, 0 = nein
codebook-kit = Naloxon-Kit
codebook-kit-values = at-training = bei der Schulung ausgegeben, in-property = zur Habe für die Entlassung gelegt, on-release = am Entlassungstag ausgegeben, declined = nicht gewünscht; leer = nichts erfasst
codebook-kit-date = Datum des Kits
codebook-kit-date-values = JJJJ-MM-TT; leer, wenn nicht erfasst
codebook-phase-mode = Wie die Antworten gegeben wurden: { $phase }
codebook-phase-score = Prozent richtige Antworten über alle Wissensfragen: { $phase }
codebook-phase-confidence = Mittelwert der Antworten zur Handlungssicherheit: { $phase }
codebook-phase-domain = Prozent richtige Antworten, { $domain }: { $phase }
codebook-percent-values = 0–100, zwei Nachkommastellen; leer, wenn nicht gemacht oder nicht abgeschlossen
codebook-confidence-values = 1–5; leer, wenn kein Test gemacht wurde
codebook-item = Richtig ({ $phase }): { $question }
codebook-item-values = 1 = richtig, 0 = falsch oder keine Antwort, leer, wenn kein Test gemacht wurde
codebook-right = {" "}(richtig)
codebook-questions = Frage
results-partial = nicht beendet
results-partial-note = { $count ->
    [one] Ein Fragebogen wurde begonnen, aber nicht beendet: Er ist so gekennzeichnet und zählt bei den Ergebnissen nicht mit.
   *[other] { $count } Fragebögen wurden begonnen, aber nicht beendet: Sie sind so gekennzeichnet und zählen bei den Ergebnissen nicht mit.
}
report-audit = Prüfprotokoll beim Druck: { $count } Einträge, der neueste endet auf { $hash }.

# Das Übersichtsblatt der Excel-Arbeitsmappe und die Auswertungsskripte neben den CSV-Dateien.
workbook-title = Respond-Ergebnisse
workbook-people = Personen mit abgeschlossenem Test
workbook-mean = Mittlere Punktzahl (% richtig)
workbook-sd = Standardabweichung
workbook-domain = { $domain } (% richtig)
workbook-confidence = Mittlere Handlungssicherheit (1–5)
invalid-too-many-rows = Zu viele Zeilen für ein Excel-Blatt (mehr als eine Million): Exportieren Sie stattdessen die CSV-Datei im Langformat oder eine kleinere Auswahl.
syntax-spss-header = SPSS-Syntax aus Respond: liest { $file } mit Variablen- und Wertelabels. Öffnen Sie sie in SPSS oder PSPP und führen Sie sie in dem Ordner aus, in dem die CSV-Datei liegt.
syntax-r-header = R-Skript aus Respond: liest { $file } (eine Zeile je Person, Zeitpunkt und Frage) mit den Typen und Labels der Spalten. Führen Sie es in dem Ordner aus, in dem die CSV-Datei liegt.
syntax-right = richtig
syntax-wrong = falsch oder keine Antwort
syntax-yes = ja
syntax-no = nein
syntax-finished = abgeschlossen
syntax-partial = teilweise
