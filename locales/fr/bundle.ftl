# Lots : partager des séances avec un autre ordinateur, à la main (ligne de commande ; la
# page de l'application viendra plus tard).

bundle-cli-passphrase = Phrase secrète du lot :
bundle-cli-exported = Enregistré dans { $path } : { $sessions ->
    [one] une séance
   *[other] { $sessions } séances
}, { $participants ->
    [one] une personne
   *[other] { $participants } personnes
}, { $attempts ->
    [one] un questionnaire
   *[other] { $attempts } questionnaires
}, { $names ->
    [0] aucun nom
    [one] un nom
   *[other] { $names } noms
}.
bundle-cli-trust = Les lots de cet ordinateur sont nouveaux ici. Comparez la clé { $fingerprint } avec celle qu’affiche l’autre ordinateur (respond verify --show-key), puis importez de nouveau avec --trust.
bundle-cli-imported = Importé.
bundle-cli-conflicts-ours = { $count ->
    [one] Un enregistrement modifié sur les deux ordinateurs a été gardé tel qu’il est ici.
   *[other] { $count } enregistrements modifiés sur les deux ordinateurs ont été gardés tels qu’ils sont ici.
} Importez de nouveau avec --theirs pour prendre la version du lot.
bundle-cli-conflicts-theirs = { $count ->
    [one] Un enregistrement modifié sur les deux ordinateurs a pris la version du lot.
   *[other] { $count } enregistrements modifiés sur les deux ordinateurs ont pris la version du lot.
}
bundle-cli-from-known = De l’installation { $installation }, clé { $fingerprint }, connue ici.
bundle-cli-from-new = De l’installation { $installation }, clé { $fingerprint }, jamais vue ici.
bundle-cli-tally = { $kind } : { $new } nouveaux, { $updated } mis à jour, { $unchanged } inchangés, { $kept } modifiés ici seulement (gardés)
bundle-kind-sessions = Séances
bundle-kind-participants = Personnes
bundle-kind-attempts = Questionnaires
bundle-cli-conflict = Modifié sur les deux ordinateurs : { $kind } { $label }
bundle-conflict-session = séance
bundle-conflict-participant = personne
bundle-conflict-test = questionnaire

error-bundle = Le lot a été refusé. Rien n’a été modifié.
error-bundle-passphrase = Cette phrase secrète n’ouvre pas le lot. Rien n’a été modifié.
error-bundle-damaged = Ce n’est pas un lot Respond, ou il a été modifié après sa création. Rien n’a été modifié.
error-bundle-newer-format = Ce lot a été créé par une version plus récente de Respond. Mettez Respond à jour, puis importez-le de nouveau.
error-bundle-key-changed = Ce lot indique un ordinateur connu ici, mais il est signé avec une autre clé. Il a été refusé ; rien n’a été modifié.
error-bundle-untrusted = Les lots de cet ordinateur sont nouveaux ici : comparez d’abord sa clé avec celle de l’autre ordinateur, puis confirmez.
