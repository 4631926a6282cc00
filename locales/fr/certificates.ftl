# Mots imprimés sur les attestations (src/certificates.rs), et messages de
# `respond print certificates`, `respond verify` et `respond bench pdf`.

## L’attestation

certificates-document-title = Attestations
certificates-title = Attestation de formation
certificates-subtitle = Réagir à une surdose et utiliser la naloxone
# Au-dessus du nom de la personne.
certificates-certifies = Nous attestons que
# Sous le nom, au-dessus de la liste des modules.
certificates-completed = a suivi la formation
certificates-date-label = Date
certificates-site-label = Lieu
certificates-trainers-label = Animée par
certificates-serial = Numéro de série
certificates-verify-hint = Pour vérifier son authenticité : l’organisme qui l’a délivrée peut la confirmer à partir du numéro { $serial } ou du code QR.
certificates-key = Signée avec la clé Respond { $fingerprint }

## `respond print certificates` et `respond verify`

certificates-cli-names-missing = Aucune attestation imprimée : une attestation porte le nom de la personne. Ajoutez un nom pour { $codes } dans la liste des participants, puis relancez l’impression.
certificates-cli-names-unprintable = Aucune attestation imprimée : le nom de { $codes } contient des caractères qu’une attestation ne sait pas encore imprimer (elle imprime les alphabets latin, grec et cyrillique). Écrivez le nom dans l’un de ces alphabets.
certificates-verify-valid = Attestation { $serial } valide, signée avec la clé { $fingerprint }.
certificates-verify-name = Nom : { $name }
certificates-verify-date = Date : { $date }
certificates-verify-site = Lieu : { $site }
certificates-verify-modules = Modules : { $modules }
certificates-verify-language = Langue : { $language }
certificates-invalid-malformed = Non valide : ce n’est pas le texte du code QR d’une attestation, ou il en manque une partie.
certificates-invalid-altered = Non valide : l’attestation a été modifiée après avoir été signée.
certificates-invalid-other-key = Non vérifiée : elle a été signée par une autre installation de Respond (clé { $fingerprint }). Vérifiez-la avec la clé publique de cette installation : respond verify --key <clé publique> <texte du code QR>.
certificates-invalid-unknown-serial = Aucune attestation portant le numéro de série { $serial } n’a été délivrée sur cet ordinateur.
certificates-public-key = Clé publique de cette installation : { $key }
certificates-public-key-fingerprint = Son empreinte, imprimée sur chaque attestation : { $fingerprint }

## `respond bench pdf`

certificates-bench-certificates = Respond, { $count } attestations dans un seul PDF
certificates-bench-handouts = Respond, les { $count } fiches (4 publics × 5 langues)
certificates-bench-libreoffice = LibreOffice, { $count } attestations ODT converties en PDF
certificates-bench-line = { $name } : médiane { $median } ms (mesures : { $runs } ms)
certificates-bench-ratio = Rapport LibreOffice / Respond pour { $count } attestations : { $ratio }
certificates-bench-pages = Pages d’attestation par seconde : { $rate }
certificates-bench-no-soffice = LibreOffice (soffice) n’est pas installé : pas de comparaison.

# Ce que l’application affiche pour ces erreurs (codes « name-required » et « invalid-certificate »).
error-name-required = Une attestation porte le nom de la personne, en alphabet latin, grec ou cyrillique. Ajoutez ou corrigez les noms des participants, puis relancez l’impression.
error-invalid-certificate = Cette attestation n’est pas valide : elle a été modifiée après avoir été signée, ou signée par une autre installation.
