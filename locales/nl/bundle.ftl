# Bundels: sessies met de hand doorgeven aan een andere laptop (opdrachtregel; de pagina
# in de app volgt later).

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
