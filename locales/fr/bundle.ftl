# Lots : partager des séances avec un autre ordinateur, à la main (ligne de commande et
# page de l'application).

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

## La page de l’application : Réglages → Partager avec un autre ordinateur

share-title = Partager avec un autre ordinateur
share-intro = Emportez des séances vers un autre ordinateur sur une clé USB : pour un suivi fait ailleurs, ou pour réunir les résultats d’un programme. Le fichier est verrouillé par une phrase secrète de votre choix ; transmettez-la à l’autre formateur autrement que sur la clé.
share-this-laptop = Clé de cet ordinateur : { $fingerprint }. L’autre ordinateur l’affiche quand il ouvre votre premier lot : comparez les deux.
share-export-title = Créer un lot
share-what = Ce qu’il contient
share-what-all = Toutes les séances
share-what-session = Une séance
share-what-since = Les séances depuis une date
share-with-names = Avec les noms des participants
share-with-names-hint = Sans cette case, le lot ne contient que des codes. Avec elle, toute personne qui a le fichier et sa phrase secrète peut lire les noms : cochez-la seulement si l’autre ordinateur en a besoin, pour des attestations.
share-passphrase = Phrase secrète de ce lot (au moins 10 caractères)
share-passphrase-again = La même phrase secrète encore une fois
share-export = Créer le lot
share-copy = Copiez-le sur la clé.
share-import-title = Ouvrir un lot venant d’un autre ordinateur
share-import-hint = Copiez le fichier de la clé dans { $folder } pour le voir ici, ou choisissez-le.
share-import-none = Aucun lot dans ce dossier pour l’instant.
share-choose = Choisir un fichier…
share-import-passphrase = La phrase secrète du lot
share-look = Voir le contenu
share-from-known = De l’ordinateur dont la clé est { $fingerprint }, connu ici.
share-from-new = D’un ordinateur nouveau ici, dont la clé est { $fingerprint }. Comparez-la avec la clé que son formateur voit sur cette page.
share-trust = Les clés correspondent : accepter les lots de cet ordinateur
share-has-names = { $count ->
    [0] Il ne contient aucun nom.
    [one] Il contient un nom.
   *[other] Il contient { $count } noms.
}
share-conflicts = Modifié sur les deux ordinateurs depuis leur dernier échange :
share-keep-ours = Garder la version de cet ordinateur
share-take-theirs = Prendre la version du lot
share-import = Importer
share-imported = Importé.
share-nothing-new = Rien de nouveau : tout ce qu’il contient est déjà ici.

# A record in conflict: what differs, field by field.
bundle-field-date = Date
bundle-field-site = Lieu
bundle-field-trainers = Formateur(s)
bundle-field-audience = Public
bundle-field-language = Langue
bundle-field-quiz_id = Questionnaire
bundle-field-modules = Modules
bundle-field-closed_at = Clôturée
bundle-field-created_at = Créé
bundle-field-code = Code
bundle-field-sgic = Code personnel
bundle-field-consent_followup = Accepte le suivi
bundle-field-release_date = Date de sortie
bundle-field-followup = Retrouvé au suivi
bundle-field-booster = Révision
bundle-field-kit = Kit de naloxone
bundle-field-certificate = Attestation
bundle-field-phase = Moment
bundle-field-bank_version = Version de la banque de questions
bundle-field-mode = Mode de réponse
bundle-field-recorded_at = Enregistré
bundle-field-answers = Questions répondues
share-conflict-here = Sur cet ordinateur
share-conflict-bundle = Dans le lot
share-conflict-choose = Choisissez, pour chaque enregistrement, la version à garder. Respond ne redemande pas pour un enregistrement déjà tranché.
bundle-cli-conflict-id = identifiant { $uid }
bundle-cli-difference = { $field } : ici { $ours }, dans le lot { $theirs }
bundle-cli-choose = Pour choisir enregistrement par enregistrement : --take ID prend la version du lot, --keep ID garde celle de cet ordinateur et ne redemande plus.
