# De pagina Resultaten, het evaluatierapport (pdf), de grafieken, de exports en hun codeboek.

results-scope-label = Tonen
results-scope-kind-session = Eén sessie
results-scope-kind-site = Eén locatie
results-scope-kind-audience = Eén doelgroep
results-scope-kind-all = Alle gegevens
results-scope-session = Sessie van { $date } ({ $site })
results-scope-site = Alle sessies op locatie: { $site }
results-scope-audience = Alle sessies voor de doelgroep: { $audience }
results-scope-all = Alle sessies
results-empty = Nog geen resultaten. Voer eerst de vragenlijsten van een sessie in, of laad voorbeeldgegevens om rond te kijken.
results-demo = Voorbeeldgegevens laden
results-demo-hint = Vult deze lege database met verzonnen sessies, vragenlijsten en follow-ups, zodat u ziet wat Resultaten toont. Verwijder deze sessies voordat u echt aan de slag gaat.
results-demo-done = Voorbeeldgegevens toegevoegd: { $sessions } sessies, { $participants } deelnemers.
results-suppression-note = Cijfers over minder dan { $min } mensen worden verborgen (weergegeven als "< { $min }"), zodat niemand herkenbaar is.

results-attrition-title = Wie deed mee
results-trained = Getraind
results-pre-post = Vóór en na
results-all-three = Alle drie
results-attrition-line = Getraind { $trained } → vóór { $pre } → na { $post } → follow-up { $followup }

results-kits = Naloxonkits: { $atTraining } uitgereikt bij de training, { $inProperty } bij de bezittingen gelegd voor vrijlating, { $onRelease } gegeven op de dag van vrijlating, { $declined } niet gewenst, { $unknown } niet ingevoerd.
results-scores-title = Scores (percentage juist)
results-phase = Moment
results-people = Mensen
results-mean-sd = Gemiddelde (SD)
results-median-iqr = Mediaan (IQR)
results-confidence = Zelfvertrouwen (1–5)

results-change-title = Verandering
results-comparison = { $from } → { $to }
results-means = { $pairs } paren: gemiddelde { $from }% → { $to }%
results-too-few-pairs = Te weinig paren ({ $pairs }) voor een toets: er zijn er minstens { $min } nodig.
results-suppressed-pairs = Minder dan { $min } paren: verborgen.
results-wilcoxon = Wilcoxon-rangtekentoets: W = { $w }, z = { $z }, p { $p } ({ $method ->
    [exact] exact
   *[normal] normale benadering
}); effectgrootte { $formula } = { $r }, N = aantal paren
# The effect size's formula: the report's fonts have no square-root sign, so it is said in words there.
results-r-formula = { $medium ->
    [print] r = |z| / (wortel uit N)
   *[screen] r = |z| / √N
}
results-t-test = Gepaarde t-toets: t({ $df }) = { $t }, p { $p }; gemiddelde verandering { $diff } punten (95%-BI { $low } tot { $high }); Cohens d_z = gemiddelde verandering / SD van de veranderingen = { $dz } (95%-BI { $dzlow } tot { $dzhigh })
results-t-degenerate = Iedereen veranderde precies { $diff } punten: geen t-toets mogelijk.
results-hake = Genormaliseerde leerwinst (Hake) g = (na − vóór) / (100 − vóór) = { $g }; gemiddelde van de individuele leerwinst { $individual }
results-retention = Behouden bij de follow-up: { $share }% van de leerwinst uit de training (mensen met alle drie de vragenlijsten).
results-methods = De toetsen vergelijken iedereen met zichzelf. De Wilcoxon-toets is exact bij kleine groepen zonder gelijke waarden (ties); onder { $min } paren wordt niet getoetst. p-waarden zijn tweezijdig.

results-myths-title = Fabels die nog geloofd worden
results-myth = Fabel
results-items-title = Vraag per vraag
results-items-note = Percentage juist op elk moment. De McNemar-toets telt de mensen die van juist naar fout / van fout naar juist gingen (exacte binomiale toets onder 25 wisselingen).
results-question = Vraag
results-mcnemar-pre-post = Vóór → na: juist → fout / fout → juist
results-mcnemar-post-followup = Na → follow-up: juist → fout / fout → juist

results-report = Rapport opslaan (pdf)
results-saved-to = Opgeslagen in { $path }
results-export-title = Exporteren
results-export-format = Formaat
results-format-long-csv = Csv in lang formaat: één rij per antwoord
results-format-wide-csv = Csv in breed formaat: één rij per persoon
results-format-codebook = Codeboek: wat elke kolom betekent
results-format-json = JSON: alles, genest
results-format-xlsx = Excel-werkmap: overzicht en alle bestanden
results-export-bom = Voor Excel (UTF-8 met byte order mark)
results-export-decimal-comma = Puntkomma’s en decimale komma (Excel ingesteld op Nederlands, Frans, Duits of Portugees)
results-export-save = Export opslaan
results-export-save-as = Opslaan als…
results-export-hint = Exports bevatten deelnemerscodes, nooit namen.
results-export-beside = Ernaast wordt een R-script (.R) opgeslagen dat de csv in lang formaat leest, of SPSS-syntax (.sps) die de csv in breed formaat leest.

report-title = Evaluatierapport
report-made = Gemaakt met Respond op { $date }.
report-footer = Evaluatierapport van Respond: gepseudonimiseerde cijfers, geen namen.

chart-distribution-title = Scores per moment
chart-distribution-axis = Percentage juist (aandeel mensen per klasse)
chart-domains-title = Percentage juist per onderwerp
chart-myths-title = Aandeel mensen dat elke fabel nog gelooft
results-share-of = { $share } % (n = { $people })

demo-site = Voorbeeldlocatie: { $audience } { $n }
demo-trainers = Voorbeeldtrainers

codebook-file = Bestand
codebook-column = Kolom
codebook-meaning = Betekenis
codebook-values = Waarden
codebook-session-id = Nummer van de sessie in deze database
codebook-session-id-values = Geheel getal
codebook-session-date = Datum van de trainingssessie
codebook-session-date-values = YYYY-MM-DD
codebook-site = Locatie van de sessie
codebook-site-values = Tekst
codebook-audience = Doelgroep van de sessie
codebook-audience-values = custody, peers, clinical, officers
codebook-session-language = Taal waarin de sessie gegeven is
codebook-session-language-values = en, fr, de, nl, pt
codebook-quiz-id = Vragenlijst gebruikt vóór, na en bij de follow-up
codebook-quiz-id-values = core, officers
codebook-participant = Deelnemerscode (gepseudonimiseerd)
codebook-participant-values = Zes letters en cijfers, bijv. K7M-R4T
codebook-phase = Wanneer de vragenlijst is ingevuld
codebook-phase-values = pre = vóór de training, post = na de training, followup = 3 tot 6 maanden later
codebook-mode = Hoe de antwoorden zijn gegeven
codebook-mode-values = kiosk = op de laptop, paper = ingevoerd van een papieren antwoordblad
codebook-language = Taal waarin de persoon heeft geantwoord
codebook-language-values = en, fr, de, nl, pt
codebook-recorded-at = Wanneer de antwoorden zijn vastgelegd (UTC)
codebook-recorded-at-values = Datum en tijd volgens ISO 8601
codebook-item-id = Code van de vraag (dezelfde in elke taal en op elk moment)
codebook-item-id-values = Met de vraag en de opties vermeld aan het eind van dit codeboek
codebook-domain = Onderwerp van de vraag
codebook-domain-values = risks, signs, actions, naloxone, myths, confidence
codebook-myth = De fabel die de vraag toetst, als die er is
codebook-myth-values = Zie content/myths.toml; leeg als er geen is
codebook-chosen = Gekozen opties, gescheiden door puntkomma's
codebook-chosen-values = Codes van de opties, bij elke vraag vermeld aan het eind van dit codeboek; leeg = geen antwoord; 1–5 voor zelfvertrouwen
codebook-correct = Of het antwoord juist was
codebook-correct-values = 1 = juist, 0 = fout of geen antwoord, leeg voor zelfvertrouwen
codebook-attempt-complete = Of de poging is afgemaakt (elke vraag heeft een antwoordregel, ook een overgeslagen vraag)
codebook-attempt-complete-values = 1 = afgemaakt, 0 = gedeeltelijk (niet in de scores en niet in het brede bestand)
codebook-consent-followup = Akkoord met contact voor de follow-up
codebook-consent-followup-values = 1 = ja, 0 = nee
codebook-kit = Naloxonkit
codebook-kit-values = at-training = uitgereikt bij de training, in-property = bij de persoonlijke bezittingen gelegd voor het vrijkomen, on-release = gegeven op de dag van vrijlating, declined = niet gewenst; leeg = niets ingevoerd
codebook-kit-date = Datum van de kit
codebook-kit-date-values = JJJJ-MM-DD; leeg als niet ingevoerd
codebook-phase-mode = Hoe de antwoorden zijn gegeven: { $phase }
codebook-phase-score = Percentage juist over alle kennisvragen: { $phase }
codebook-phase-confidence = Gemiddeld antwoord op de vragen over zelfvertrouwen: { $phase }
codebook-phase-domain = Percentage juist, { $domain }: { $phase }
codebook-percent-values = 0–100, twee decimalen; leeg als niet gedaan of niet afgemaakt
codebook-confidence-values = 1–5; leeg als de vragenlijst niet is ingevuld
codebook-item = Juist ({ $phase }): { $question }
codebook-item-values = 1 = juist, 0 = fout of geen antwoord, leeg als de vragenlijst niet is ingevuld
codebook-right = {" "}(juist)
codebook-questions = Vraag
results-partial = niet afgemaakt
results-partial-note = { $count ->
    [one] Eén vragenlijst is begonnen maar niet afgemaakt: die staat zo aangegeven en telt niet mee in de scores.
   *[other] { $count } vragenlijsten zijn begonnen maar niet afgemaakt: die staan zo aangegeven en tellen niet mee in de scores.
}
report-audit = Auditlogboek bij het afdrukken: { $count } regels, de nieuwste eindigt op { $hash }.

# Het overzichtsblad van de Excel-werkmap, en de analysescripts naast de csv-bestanden.
workbook-title = Resultaten van Respond
workbook-people = Mensen met een afgeronde vragenlijst
workbook-mean = Gemiddelde score (% juist)
workbook-sd = Standaardafwijking
workbook-domain = { $domain } (% juist)
workbook-confidence = Gemiddeld zelfvertrouwen (1–5)
invalid-too-many-rows = Te veel rijen voor één Excel-blad (meer dan een miljoen): exporteer in plaats daarvan de csv in lang formaat, of een kleinere selectie.
syntax-spss-header = SPSS-syntax uit Respond: leest { $file } met de labels van variabelen en waarden. Open hem in SPSS of PSPP en voer hem uit in de map waarin het csv-bestand staat.
syntax-r-header = R-script uit Respond: leest { $file } (één rij per persoon, moment en vraag) met de typen en labels van de kolommen. Voer het uit in de map waarin het csv-bestand staat.
syntax-right = juist
syntax-wrong = fout of geen antwoord
syntax-yes = ja
syntax-no = nee
syntax-finished = afgemaakt
syntax-partial = gedeeltelijk
