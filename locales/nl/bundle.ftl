# Bundels: sessies met de hand doorgeven aan een andere laptop (opdrachtregel en pagina
# in de app).

bundle-cli-passphrase = Wachtzin van de bundel:
bundle-cli-exported = Opgeslagen in { $path }: { $sessions ->
    [one] één sessie
   *[other] { $sessions } sessies
}, { $participants ->
    [one] één persoon
   *[other] { $participants } personen
}, { $attempts ->
    [one] één vragenlijst
   *[other] { $attempts } vragenlijsten
}, { $names ->
    [0] geen namen
    [one] één naam
   *[other] { $names } namen
}.
bundle-cli-trust = Bundels van deze laptop zijn hier nieuw. Vergelijk de sleutel { $fingerprint } met de sleutel die de andere laptop toont (respond verify --show-key) en importeer daarna opnieuw met --trust.
bundle-cli-imported = Geïmporteerd.
bundle-cli-conflicts-ours = { $count ->
    [one] Eén gegeven dat op beide laptops is gewijzigd, blijft zoals het hier is.
   *[other] { $count } gegevens die op beide laptops zijn gewijzigd, blijven zoals ze hier zijn.
} Importeer opnieuw met --theirs om de versie uit de bundel over te nemen.
bundle-cli-conflicts-theirs = { $count ->
    [one] Eén gegeven dat op beide laptops is gewijzigd, heeft nu de versie uit de bundel.
   *[other] { $count } gegevens die op beide laptops zijn gewijzigd, hebben nu de versie uit de bundel.
}
bundle-cli-from-known = Van installatie { $installation }, sleutel { $fingerprint }, hier bekend.
bundle-cli-from-new = Van installatie { $installation }, sleutel { $fingerprint }, hier nog niet eerder gezien.
bundle-cli-tally = { $kind }: { $new } nieuw, { $updated } bijgewerkt, { $unchanged } ongewijzigd, { $kept } alleen hier gewijzigd (behouden)
bundle-kind-sessions = Sessies
bundle-kind-participants = Personen
bundle-kind-attempts = Vragenlijsten
bundle-cli-conflict = Op beide laptops gewijzigd: { $kind } { $label }
bundle-conflict-session = sessie
bundle-conflict-participant = persoon
bundle-conflict-test = vragenlijst

error-bundle = De bundel is geweigerd. Er is niets gewijzigd.
error-bundle-passphrase = Deze wachtzin opent de bundel niet. Er is niets gewijzigd.
error-bundle-damaged = Dit is geen bundel van Respond, of hij is gewijzigd nadat hij is gemaakt. Er is niets gewijzigd.
error-bundle-newer-format = Deze bundel is gemaakt met een nieuwere versie van Respond. Werk Respond bij en importeer hem daarna opnieuw.
error-bundle-key-changed = Deze bundel noemt een laptop die hier bekend is, maar is ondertekend met een andere sleutel. Hij is geweigerd; er is niets gewijzigd.
error-bundle-untrusted = Bundels van deze laptop zijn hier nieuw: vergelijk eerst de sleutel met die van de andere laptop en bevestig daarna.

## De pagina in de app: Instellingen → Delen met een andere laptop

share-title = Delen met een andere laptop
share-intro = Neem sessies op een usb-stick mee naar een andere laptop: voor een follow-up op een andere plek, of om de resultaten van een programma samen te brengen. Het bestand is vergrendeld met een wachtzin die u kiest; geef die aan de andere trainer op een andere manier dan met de stick.
share-this-laptop = Sleutel van deze laptop: { $fingerprint }. De andere laptop toont hem als hij uw eerste bundel opent: vergelijk de twee.
share-export-title = Een bundel maken
share-what = Wat erin gaat
share-what-all = Alle sessies
share-what-session = Eén sessie
share-what-since = Sessies vanaf een datum
share-with-names = Met de namen van de deelnemers
share-with-names-hint = Zonder dit bevat de bundel alleen codes. Hiermee kan iedereen met het bestand en de wachtzin de namen lezen: vink het alleen aan als de andere laptop ze nodig heeft, voor certificaten.
share-passphrase = Wachtzin voor deze bundel (minstens 10 tekens)
share-passphrase-again = Dezelfde wachtzin nog een keer
share-export = Bundel maken
share-copy = Kopieer hem naar de stick.
share-import-title = Een bundel van een andere laptop openen
share-import-hint = Kopieer het bestand van de stick naar { $folder } om het hier te zien, of kies het.
share-import-none = Nog geen bundel in die map.
share-choose = Bestand kiezen…
share-import-passphrase = De wachtzin van de bundel
share-look = Inhoud bekijken
share-from-known = Van de laptop met sleutel { $fingerprint }, hier bekend.
share-from-new = Van een laptop die hier nieuw is, met sleutel { $fingerprint }. Vergelijk hem met de sleutel die de trainer daar op deze pagina ziet.
share-trust = De sleutels komen overeen: bundels van deze laptop aannemen
share-has-names = { $count ->
    [0] Er staan geen namen in.
    [one] Er staat één naam in.
   *[other] Er staan { $count } namen in.
}
share-conflicts = Op beide laptops gewijzigd sinds de laatste uitwisseling:
share-keep-ours = De versie van deze laptop houden
share-take-theirs = De versie uit de bundel nemen
share-import = Importeren
share-imported = Geïmporteerd.
share-nothing-new = Niets nieuws: alles erin staat hier al.

# A record in conflict: what differs, field by field.
bundle-field-date = Datum
bundle-field-site = Locatie
bundle-field-trainers = Trainer(s)
bundle-field-audience = Doelgroep
bundle-field-language = Taal
bundle-field-quiz_id = Vragenlijst
bundle-field-modules = Modules
bundle-field-closed_at = Afgesloten
bundle-field-created_at = Aangemaakt
bundle-field-code = Code
bundle-field-sgic = Eigen code
bundle-field-consent_followup = Akkoord met follow-up
bundle-field-release_date = Datum van vrijlating
bundle-field-followup = Teruggevonden bij de follow-up
bundle-field-booster = Opfrissing
bundle-field-kit = Naloxonkit
bundle-field-certificate = Certificaat
bundle-field-phase = Moment
bundle-field-bank_version = Versie van de vragenbank
bundle-field-mode = Manier van antwoorden
bundle-field-recorded_at = Ingevoerd
bundle-field-answers = Beantwoorde vragen
share-conflict-here = Op deze laptop
share-conflict-bundle = In de bundel
share-conflict-choose = Kies per gegeven welke versie blijft. Respond vraagt niet opnieuw naar een gegeven waarvoor u al hebt gekozen.
bundle-cli-conflict-id = id { $uid }
bundle-cli-difference = { $field }: hier { $ours }, in de bundel { $theirs }
bundle-cli-choose = Per gegeven kiezen: --take ID neemt de versie uit de bundel, --keep ID houdt die van deze laptop en vraagt er niet meer naar.
