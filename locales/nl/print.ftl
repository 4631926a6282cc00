# Woorden op de folders over fabels en feiten en op de vrijlatingskaart (src/pdf/), en de
# meldingen van `respond print`.

## Folders

print-myths-and-facts = Fabels en feiten
print-handout-title-custody = Naloxon, ontwenning en een kit bij je hebben
print-handout-title-peers = Naloxon en overdosis: antwoorden voor ervaringsdeskundigen
print-handout-title-clinical = Overdosis, naloxon en behandeling: wat het onderzoek zegt
print-handout-title-officers = Contact met fentanyl en naloxon: feiten voor politie en gevangenispersoneel
print-handout-intro-custody = Wat mensen vaak zeggen over overdosis en naloxon, en wat de feiten zijn.
print-handout-intro-peers = Wat de mensen die je begeleidt misschien gehoord hebben, wat de feiten zijn en waar ze vandaan komen.
print-handout-intro-clinical = Ideeën over overdosis, naloxon en behandeling die collega's en patiënten kunnen hebben, naast wat het onderzoek laat zien.
print-handout-intro-officers = Wat politie en gevangenispersoneel vaak horen over fentanyl en naloxon, en wat toxicologen en onderzoek hebben gevonden.
# Een fabel als kop. De kop van de dia begint al met "Fabel:" en wordt zo overgenomen; het
# feit eronder begint met "Feit:".
print-myth = { $myth }
print-emergency-line = In een noodgeval: bel { $number }.
print-page-of = Pagina { $page } van { $pages }

## De vrijlatingskaart: één vel, tot zakformaat gevouwen

print-card-title = Wat doe je bij een overdosis?
print-card-emergency = Noodnummer
print-card-carry = Naloxon kan een leven redden. Houd je kit bij je en vertel anderen waar hij is.
print-card-tolerance = Na een tijd zonder opioïden kan je lichaam veel minder aan. Je gewone hoeveelheid kan dan een overdosis zijn, vooral in de eerste twee weken. Gebruik liever niet alleen.
print-card-steps = Stap voor stap
print-card-step-1 = Let op gevaar. Roep de persoon luid bij naam en schud aan de schouders.
print-card-step-2 = Geen reactie? Bel { $number }. Zeg wat je ziet: "wordt niet wakker, ademt niet".
print-card-step-3 = Maak de luchtweg vrij: kantel het hoofd naar achteren en til de kin op. Kijk hooguit 10 seconden of de persoon ademt.
print-card-step-4 = Geef naloxon: één spray in één neusgat, of een injectie in de dij of de bovenarm. Houd het bellen of reanimeren er nooit voor op.
print-card-step-5 = Ademt niet normaal: reanimeer, 30 borstcompressies en 2 beademingen. Ademt wel: stabiele zijligging.
print-card-step-6 = Blijf bij de persoon. Na 2 tot 3 minuten geen verandering? Geef een tweede dosis.
print-card-stay = Blijf bij de persoon
print-card-wears-off = Naloxon werkt 30 tot 90 minuten. Veel opioïden werken langer, dus de ademhaling kan opnieuw stoppen. Blijf tot er hulp is.
print-card-again = Stopt de ademhaling opnieuw? Geef nog een dosis.
print-card-waking = Bij het wakker worden voelt de persoon zich vaak ziek en van streek. Blijf rustig en vriendelijk, vertel wat er gebeurd is en vraag de persoon om niet meteen weer te gebruiken.
print-card-services = Hulp in de buurt
print-card-fold = Vouw langs de stippellijnen.

# Wat de app toont als een pdf niet gemaakt kan worden (foutcode "pdf").
error-pdf = Het document kon niet worden gemaakt. Er is niets opgeslagen.

## `respond print`

print-cli-written = Opgeslagen: { $path }
print-handout-title-personal = Jouw feiten om te bewaren
print-handout-intro-personal = Aan het einde van de training volgden sommige antwoorden nog bekende fabels. Hier zijn de feiten, om te herlezen en door te geven.

# De pagina Afdrukken.
print-what = Wat afdrukken?
print-kind-handout = Hand-out over fabels
print-kind-release-card = Vrijlatingskaart
print-kind-personal-handout = Persoonlijke hand-out
print-kind-answer-sheets = Antwoordbladen
print-language = Taal van het document
print-session = Sessie
print-no-sessions = Nog geen sessies: maak er een aan bij Sessies.
print-participant = Deelnemer
print-phase = Vragenlijst
print-hint-handout = De fabels die voor deze doelgroep tellen, met de feiten en hun bronnen.
print-hint-release-card = Eén pagina om uit te knippen en op zakformaat te vouwen: wat te doen bij een overdosis, het noodnummer en de hulp in de buurt uit Instellingen.
print-hint-personal-handout = Alleen de fabels die deze persoon aan het einde van de training nog geloofde, in zijn of haar taal.
print-hint-answer-sheets = Eén blad per persoon, in zijn of haar taal, met de code.
print-preview = Eerste pagina tonen
print-save = Opslaan als pdf
print-save-as = Opslaan als…
print-personal-unavailable = Geen hand-out voor deze persoon: er zijn nog geen antwoorden na de training, of alle fabels waren juist beantwoord.
print-kind-certificates = Certificaten
print-everyone = Iedereen in de sessie
print-own-language = De taal van elke persoon
print-hint-certificates = Eén pagina per persoon met naam, modules, datum, locatie en een code die iedereen offline kan controleren. Iedereen heeft een naam nodig (Sessies → Bewerken).
print-folder = ‘Opslaan als pdf’ zet bestanden in { $path }, een map die alleen u op deze computer kunt openen. Kies met ‘Opslaan als…’ een andere plek.
print-skipped-title = { $count ->
    [one] Eén persoon krijgt geen certificaat:
   *[other] { $count } personen krijgen geen certificaat:
}
print-skipped-no-name = geen naam (vul die aan op de sessiepagina)
print-skipped-unprintable = de naam bevat letters die het certificaat niet kan afdrukken (alleen Latijnse, Griekse of cyrillische)
