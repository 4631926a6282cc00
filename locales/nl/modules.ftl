# De modulebibliotheek, het lezen van een module en de presentatiemodus.

modules-content-language = Taal van de inhoud
modules-content-language-hint = De taal van de lessen en dia's. Die kan verschillen van de taal van de app.
modules-audience = Doelgroep
modules-audience-all = Iedereen
modules-search = Zoeken
modules-search-hint = Woorden uit een titel of samenvatting
modules-count = { $count ->
    [one] 1 module
   *[other] { $count } modules
}
modules-none-found = Geen enkele module past. Wis de zoekopdracht of kies een andere doelgroep.
module-minutes = { $minutes } min
module-slides = { $count ->
    [one] 1 dia
   *[other] { $count } dia's
}
module-languages = Talen
module-language-missing = niet beschikbaar in het { $language }
module-has-problems = Sommige bestanden van deze module bevatten fouten. De meegeleverde inhoud heeft er geen: iemand heeft ze bewerkt. Voer "respond validate" uit om ze te zien.
module-open = Lezen
module-present = Presenteren
module-back = Terug naar de modules
module-objectives = Leerdoelen
module-notes = Notities voor de trainer
module-sources = Bronnen
module-not-in-language = Deze module is nog niet beschikbaar in deze taal.
content-problems-title = Problemen in de inhoudsbestanden
presenter-label = Presentatiemodus
presenter-exit = Stoppen
presenter-notes-show = Notities tonen
presenter-notes-hide = Notities verbergen
presenter-next = Volgende
presenter-previous = Vorige
presenter-fullscreen = Volledig scherm
presenter-position = Dia { $current } van { $total }
presenter-help = Volgende: → Page Down spatie · Terug: ← Page Up · Notities: N · Zwart scherm: B · Volledig scherm: F · Stoppen: Esc
presenter-blank = Het scherm is zwart. Druk op B of een pijltoets om de dia weer te tonen.
presenter-on-projector = Nu op de beamer
presenter-projector-blank = De beamer is zwart. Druk op B of een pijltoets om de dia weer te tonen.
presenter-blank-projector = Beamer op zwart
presenter-next-slide = Volgende dia (klik om erheen te gaan)
presenter-end = Dit is de laatste dia.
presenter-elapsed = Tijd
presenter-timer-pause = Pauzeren
presenter-timer-resume = Hervatten
presenter-timer-reset = Opnieuw beginnen
presenter-slides = Dia's
presenter-help-console = Volgende: → Page Down spatie · Terug: ← Page Up · Beamer op zwart: B · Stoppen: Esc · Klik op een dia in de lijst om erheen te springen
error-module-not-found = Deze module is niet beschikbaar in deze taal.
