# De gegevens beschermen: de wachtzin, vergrendelen, back-ups, het logboek, namen wissen.

data-set-title = Kies een wachtzin
data-set-intro = Respond bewaart alles op deze computer, vergrendeld met een wachtzin. Kies er een die u onthoudt: een paar woorden met spaties ertussen werken goed.
data-unencrypted-intro = De gegevens die u al hebt, worden met deze wachtzin vergrendeld.
data-passphrase = Wachtzin
data-passphrase-confirm = Typ de wachtzin nog een keer
data-passphrase-warning = Raakt de wachtzin kwijt, dan kan niemand de gegevens nog openen. Schrijf hem op en bewaar hem op een veilige plek.
data-passphrase-min = Minstens { $count } tekens.
data-strength = Sterkte: { $score ->
    [0] heel zwak
    [1] zwak
    [2] redelijk
    [3] goed
   *[4] sterk
}
data-set-submit = Wachtzin instellen en beginnen
data-unlock-title = Respond ontgrendelen
data-unlock-intro = Typ de wachtzin om uw sessies en resultaten te openen.
data-unlock-submit = Ontgrendelen
data-lock = Vergrendelen
data-damaged-title = De gegevens kunnen niet worden geopend
data-damaged-intro = Het gegevensbestand op deze computer is beschadigd. Kies een back-up om het te vervangen.

invalid-too-short = Deze wachtzin is te kort.
invalid-mismatch = De twee wachtzinnen zijn niet gelijk.
invalid-out-of-range = Dit getal valt buiten wat is toegestaan.
invalid-exists = Er is al een wachtzin: ontgrendel Respond daarmee.
error-wrong-passphrase = Met deze wachtzin gaan de gegevens niet open. Controleer hem en probeer het opnieuw.
error-locked = Respond is vergrendeld. Typ de wachtzin om verder te gaan.
error-disk-full = De schijf is vol: de laatste wijziging is niet opgeslagen, verder is er niets verloren. Maak ruimte vrij en probeer het opnieuw.
error-database-corrupt = Het gegevensbestand is beschadigd en kan niet worden gelezen. U kunt een back-up terugzetten.

data-title = Gegevensbescherming
data-change-title = De wachtzin wijzigen
data-current-passphrase = Huidige wachtzin
data-new-passphrase = Nieuwe wachtzin
data-change-submit = Wachtzin wijzigen
data-passphrase-changed = De wachtzin is gewijzigd.
data-lock-minutes = Vergrendelen na zoveel minuten zonder gebruik (0: nooit)
data-keep-backups = Aantal back-ups dat bewaard blijft
data-save = Opslaan
data-saved = Opgeslagen.

data-backups-title = Back-ups
data-backups-hint = Respond maakt een back-up wanneer u het ontgrendelt en daarna één keer per dag zolang u het gebruikt. Elke back-up is vergrendeld met de wachtzin die gold toen hij werd gemaakt.
data-back-up-now = Nu een back-up maken
data-backed-up = Back-up gemaakt.
data-no-backups = Nog geen back-ups.
data-backup-kind-automatic = Automatisch
data-backup-kind-manual = Handmatig
data-backup-kind-before-upgrade = Vóór een update
data-backup-kind-before-restore = Vóór het terugzetten
data-backup-open = Inhoud bekijken
data-backup-passphrase = Wachtzin van deze back-up
data-backup-show = Tonen wat erin staat
data-preview-title = Deze back-up bevat
data-preview-made = Gemaakt op { $date }
data-preview-sessions = { $count ->
    [one] 1 sessie
   *[other] { $count } sessies
}
data-preview-participants = { $count ->
    [one] 1 deelnemer
   *[other] { $count } deelnemers
}
data-preview-attempts = { $count ->
    [one] 1 ingevulde vragenlijst
   *[other] { $count } ingevulde vragenlijsten
}
data-preview-newest = Nieuwste sessie: { $date }
data-preview-version = Versie van het gegevensformaat: { $version }
data-restore = Deze back-up terugzetten
data-restore-confirm = De gegevens op deze computer vervangen door deze back-up? Eerst wordt een back-up van de huidige gegevens gemaakt.
roster-erase-name-action = Naam van { $code } wissen
data-erase-names-action = Namen wissen
data-restore-action = Vervangen door deze back-up
data-restored = De back-up is teruggezet.

data-audit-title = Logboek
data-audit-hint = Elke wijziging aan de gegevens wordt hier genoteerd. Elke regel is gekoppeld aan de vorige, zodat een regel die achteraf is gewijzigd opvalt.
data-audit-intact = Elke regel is aan de vorige gekoppeld, en het logboek bevat nog alles wat de nieuwste back-up bevatte.
data-audit-broken = Het logboek is gewijzigd vanaf regel { $id }.
data-audit-cut = Regels tot { $id } stonden in de back-up van { $date }, maar ontbreken nu of zijn gewijzigd: het logboek is ingekort of herschreven.
data-audit-anchor = { $count } regels; de nieuwste eindigt op { $hash }. Regels die sinds de nieuwste back-up zijn verwijderd, of een logboek dat iemand met de wachtzin heeft herschreven, zie je alleen door te vergelijken met iets wat elders is bewaard: noteer deze waarden, of bewaar een export of een afgedrukt rapport, waar ze op staan.
data-audit-export = Logboek exporteren
data-audit-exported = Opgeslagen in { $path }
data-audit-when = Wanneer
data-audit-what = Wat
data-audit-detail = Details
data-action-create = Aangemaakt
data-action-edit = Gewijzigd
data-action-delete = Verwijderd
data-action-export = Geëxporteerd
data-action-print = Afgedrukt
data-action-erase = Gewist
data-action-backup = Back-up gemaakt
data-action-restore = Teruggezet
data-action-passphrase-change = Wachtzin gewijzigd
data-action-unlock = Ontgrendeld
data-action-kiosk = Vragenlijstkiosk
data-action-import = Geïmporteerd
data-action-push = Naar de regionale databank gestuurd
data-action-scan = Gescand antwoordblad opgeslagen
data-object-database = de gegevens
data-object-bundle = bundel van een andere laptop
data-object-session = sessie
data-object-participant = deelnemer
data-object-answer-sheet = antwoordblad
data-object-answers = antwoorden
data-object-certificate = certificaat
data-object-printout = afdruk
data-object-session-names = namen van de sessie
data-object-participant-name = naam van de deelnemer
data-object-audit = logboek
data-object-auto = automatische back-up
data-object-manual = handmatige back-up
data-object-results = resultaten
data-object-followup = follow-up
data-object-calendar = follow-upagenda
data-object-sample-data = voorbeeldgegevens

data-erase-title = Namen wissen
data-erase-hint = Namen zijn alleen nodig voor certificaten. Als u ze wist, blijven de codes, de antwoorden en de resultaten bewaard.
data-erase-session = Sessie
data-erase-choose = Kies een sessie…
data-erase-names = Namen wissen
data-erase-names-confirm = De namen van iedereen in deze sessie wissen? Codes, antwoorden en resultaten blijven, maar er kunnen geen certificaten op hun naam meer worden afgedrukt. Dit kan niet ongedaan worden gemaakt.
data-erased-names = { $count ->
    [one] 1 naam gewist.
   *[other] { $count } namen gewist.
}
roster-erase-name = Naam wissen
roster-erase-name-confirm = De naam van { $code } wissen? De antwoorden en resultaten blijven.

data-cli-passphrase = Wachtzin:
data-cli-new-passphrase = Nieuwe wachtzin:
data-cli-confirm-passphrase = Typ de wachtzin nog een keer:
data-cli-backup-passphrase = Wachtzin van de back-up:
data-cli-preview = Back-up van { $date } (gegevensformaat { $version }): { $sessions } sessies, { $participants } deelnemers, { $attempts } ingevulde vragenlijsten; nieuwste sessie: { $newest }.
data-cli-confirm-restore = De gegevens vervangen door deze back-up? [j/N]
data-cli-restored = Teruggezet in { $path }.
data-cli-erased = { $count ->
    [one] 1 naam gewist.
   *[other] { $count } namen gewist.
}
data-cli-audit-exported = { $count } regels geschreven naar { $path }.
data-printouts-title = Afdrukken en exports
data-printouts-hint = Certificaten en lijsten bevatten namen, exports codes. Verwijder oude bestanden zodra ze zijn uitgereikt of opgeborgen.
data-printouts-days = Ouder dan (dagen)
data-printouts-delete = Oude afdrukken verwijderen
data-printouts-confirm = Alle afdrukken, exports en agenda’s in de afdrukmap verwijderen die ouder zijn dan { $days } dagen?
data-printouts-deleted = { $count ->
    [one] Eén bestand verwijderd.
   *[other] { $count } bestanden verwijderd.
}
