# De programmapagina en het kwartaalverslag (pdf en csv) voor de regionale naloxongroep.
results-scope-kind-period = Een periode
results-scope-period = Sessies van { $from } tot en met { $to }
invalid-before-from = Het einde van de periode ligt vóór het begin.
programme-title = Programma
programme-intro = De cijfers die een regionale naloxongroep vraagt, voor de sessies in de periode: geen namen, en geen aantal van één tot vier mensen.
programme-period = Periode
programme-other = Andere data
programme-from = Van
programme-to = Tot en met
programme-print = Verslag afdrukken (pdf)
programme-save-csv = Cijfers opslaan (csv)
programme-empty = Er valt geen sessie in deze periode.
return-title = Kwartaalverslag
return-privacy = Geen namen: alleen deelnemerscodes en aantallen. Een aantal onder de { $min } mensen staat er als ‘< { $min }’. Trainers staan er met de naam zoals bij hun sessies.
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
return-kits-given = Kits gegeven
return-kits-title = Naloxonkits
return-knowledge-title = Kennis per onderwerp (aandeel goede antwoorden)
return-myths-title = Fabels die blijven hangen
return-myths-note = Aandeel mensen dat de fabel nog geloofde; de meest geloofde na de training eerst.
return-rates-title = Getest en teruggevonden
return-rate-pre-post = Getest voor en na de training: { $share } van de getrainde mensen.
return-rate-followup = Opnieuw getest bij de follow-up: { $share } van de getrainde mensen.
return-rate-matched = Zoekacties bij de follow-up in deze periode die de persoon vonden: { $share }.
return-rates-note = De follow-up volgt 3 tot 6 maanden na de training; wie laat in de periode is getraind, is meestal nog niet aan de beurt.
return-footer = Kwartaalverslag van Respond: gepseudonimiseerde cijfers, geen namen.
