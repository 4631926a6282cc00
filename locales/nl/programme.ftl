# De programmapagina en het kwartaalverslag (pdf en csv) voor de regionale naloxongroep.
results-scope-kind-period = Een periode
results-scope-period = Sessies van { $from } tot en met { $to }
invalid-before-from = Het einde van de periode ligt vóór het begin.
programme-title = Programma
programme-intro = De cijfers die een regionale naloxonwerkgroep opvraagt over de sessies in de gekozen periode: zonder namen, en aantallen van één tot vier mensen worden niet getoond.
programme-period = Periode
programme-other = Andere periode
programme-from = Van
programme-to = Tot en met
programme-print = Verslag afdrukken (pdf)
programme-save-csv = Cijfers opslaan (csv)
programme-empty = Er zijn geen sessies in deze periode.
return-title = Kwartaalverslag
return-privacy = Geen namen: alleen deelnemerscodes en aantallen. Aantallen onder de { $min } worden weergegeven als "< { $min }". Trainers staan vermeld met de naam die bij hun sessies is ingevuld.
return-trainings-title = Trainingen
return-summary = { $sessions ->
    [one] Eén sessie
   *[other] { $sessions } sessies
}; { $people } mensen getraind.
return-site = Locatie
return-audience = Doelgroep
return-trainer = Trainer
return-sessions = Sessies
return-people = Mensen
return-kits-given = Uitgereikte kits
return-kits-title = Naloxonkits
return-knowledge-title = Kennis per onderwerp (aandeel goede antwoorden)
return-myths-title = Fabels die blijven hangen
return-myths-note = Aandeel mensen dat de fabel nog geloofde; bovenaan de fabel die na de training het meest geloofd werd.
return-rates-title = Ingevulde vragenlijsten en teruggevonden deelnemers
return-rate-pre-post = Vragenlijst vóór en na de training ingevuld: { $share } van de getrainde mensen.
return-rate-followup = Vragenlijst bij de follow-up ingevuld: { $share } van de getrainde mensen.
return-rate-matched = Zoekacties bij de follow-up in deze periode waarbij de persoon werd gevonden: { $share }.
return-rates-note = De follow-up volgt 3 tot 6 maanden na de training; wie laat in de periode is getraind, is meestal nog niet aan de beurt.
return-footer = Kwartaalverslag van Respond: gepseudonimiseerde cijfers, geen namen.
