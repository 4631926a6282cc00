# De pagina Follow-up (3 tot 6 maanden na een sessie), de oproeplijst en het agendabestand.

followup-intro = Drie tot zes maanden na een sessie vullen deelnemers dezelfde vragenlijst opnieuw in: zo ziet u wat ze onthouden hebben. Hier ziet u per locatie wie aan de beurt is.
followup-window-label = Periode voor de follow-up
followup-window-opens = Begint na (maanden)
followup-window-closes = Eindigt na (maanden)
followup-window-save = Periode opslaan
followup-window-saved = Opgeslagen.
followup-window-range = De periode moet na 1 tot 23 maanden beginnen en later eindigen, uiterlijk na 24 maanden.
followup-empty = Nog niemand voor een follow-up. Mensen verschijnen hier zodra hun sessie is afgesloten.
followup-status-due = Aan de beurt
followup-status-overdue = Te laat
followup-status-upcoming = Binnenkort
followup-status-closed = Periode voorbij
followup-status-done = Afgerond
followup-status-hint = Aan de beurt: de periode is begonnen. Te laat: de periode begon meer dan een maand geleden. Periode voorbij: de tijd voor een follow-up is verstreken.
followup-no-consent = { $count ->
    [one] 1 persoon ging niet akkoord met een follow-up.
   *[other] { $count } mensen gingen niet akkoord met een follow-up.
}
followup-code = Code
followup-name = Naam
followup-language = Taal
followup-window = Periode
followup-release = Vrijlating
followup-status = Status
followup-session = Sessie
followup-recall-pdf = Oproeplijst opslaan (pdf)
followup-recall-ics = Agenda opslaan (.ics)
followup-saved-to = Opgeslagen in { $path }
followup-record = Follow-up invoeren
followup-record-short = Invoeren
followup-record-for = Follow-up van { $code } invoeren
followup-find-title = De persoon terugvinden
followup-find-by-code = Met de deelnemerscode
followup-find-by-sgic = Met de eigen code
followup-find-hint = Wie de kaart kwijt is, kan de vier vragen van de eigen code opnieuw beantwoorden; kleine verschillen mogen.
followup-code-label = Deelnemerscode
followup-find = Zoeken
followup-not-found = Geen enkele deelnemer heeft deze code. Controleer de code, of zoek met de eigen code.
followup-candidates = { $count ->
    [0] Niemand komt dicht genoeg in de buurt. Loop de antwoorden samen met de persoon na.
    [one] 1 mogelijke overeenkomst: controleer die samen met de persoon.
   *[other] { $count } mogelijke overeenkomsten: controleer ze een voor een samen met de persoon.
}
followup-similarity = { $percent }% overeenkomst
followup-confirm = Dit is de persoon
followup-nobody = Geen van deze
followup-nobody-recorded = Genoteerd: deze zoekopdracht vond niemand. Dat telt mee in het percentage teruggevonden mensen.
followup-already-done = Voor deze persoon is al een follow-up ingevoerd. Opnieuw invoeren vervangt die.
followup-matched = { $code } · { $site } · sessie van { $date }
followup-enter-paper = Antwoordblad invoeren
followup-hand-kiosk = De laptop aan de persoon geven
followup-paper-hint = Bij het invoeren van antwoordbladen staat de hele sessie in beeld: typ de antwoorden in de rij van deze persoon.
followup-kiosk-hint = De persoon typt zijn of haar code, { $code }, en antwoordt zelfstandig.
followup-booster-title = Opfrissing
followup-booster-hint = Neem na de vragenlijst samen nog eens één module door: de module over fabels is kort en past bij de meeste groepen.
followup-booster-module = Module
followup-booster-record = Opfrissing invoeren
followup-booster-given = Opfrissing ingevoerd: { $module }.
followup-back = Terug naar de lijst
followup-match-rate = Teruggevonden: { $found } van { $searched } zoekopdrachten ({ $percent }%): met de deelnemerscode { $code }, met de eigen code { $sgic }, met een bijna gelijke eigen code { $fuzzy }.
followup-match-rate-none = Nog geen zoekopdrachten voor follow-up.

# De oproeplijst (pdf) en het agendabestand (.ics).
followup-recall-title = Oproeplijst follow-up: { $site }
followup-recall-note = { $count ->
    [one] 1 persoon om opnieuw te zien, stand per { $date }.
   *[other] { $count } mensen om opnieuw te zien, stand per { $date }.
}
followup-recall-footer = Vertrouwelijk: bewaar deze lijst achter slot en grendel en vernietig hem na gebruik in de papierversnipperaar.
followup-calendar-name = Respond-follow-ups: { $site }
followup-calendar-event = Follow-up { $code }
followup-calendar-description = Follow-upperiode van Respond. Locatie: { $site }. Sessie van { $session }. Taal: { $language }.
followup-recall-names = Met namen en vrijlatingsdata
