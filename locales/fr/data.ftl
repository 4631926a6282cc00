# Protéger les données : la phrase secrète, le verrouillage, les sauvegardes, le journal, l’effacement des noms.

data-set-title = Choisir une phrase secrète
data-set-intro = Respond garde tout sur cet ordinateur, verrouillé par une phrase secrète. Choisissez-en une dont vous vous souviendrez : quelques mots séparés par des espaces conviennent bien.
data-unencrypted-intro = Les données que vous avez déjà seront verrouillées avec cette phrase secrète.
data-passphrase = Phrase secrète
data-passphrase-confirm = Retapez la phrase secrète
data-passphrase-warning = Si la phrase secrète est perdue, personne ne pourra plus ouvrir les données. Notez-la et gardez-la en lieu sûr.
data-passphrase-min = Au moins { $count } caractères.
data-strength = Solidité : { $score ->
    [0] très faible
    [1] faible
    [2] moyenne
    [3] bonne
   *[4] excellente
}
data-set-submit = Enregistrer la phrase secrète et commencer
data-unlock-title = Déverrouiller Respond
data-unlock-intro = Tapez la phrase secrète pour ouvrir vos séances et vos résultats.
data-unlock-submit = Déverrouiller
data-lock = Verrouiller
data-damaged-title = Les données ne peuvent pas être ouvertes
data-damaged-intro = Le fichier de données de cet ordinateur est endommagé. Choisissez une sauvegarde pour le remplacer.

invalid-too-short = Cette phrase secrète est trop courte.
invalid-mismatch = Les deux phrases secrètes ne sont pas identiques.
invalid-out-of-range = Ce nombre est en dehors des valeurs permises.
invalid-exists = Une phrase secrète existe déjà : déverrouillez plutôt.
error-wrong-passphrase = Cette phrase secrète n’ouvre pas les données. Vérifiez-la et réessayez.
error-locked = Respond est verrouillé. Tapez la phrase secrète pour continuer.
error-disk-full = Le disque est plein : la dernière modification n’a pas été enregistrée, et rien d’autre n’a été perdu. Libérez de la place et réessayez.
error-database-corrupt = Le fichier de données est endommagé et ne peut pas être lu. Vous pouvez restaurer une sauvegarde.

data-title = Protection des données
data-change-title = Changer la phrase secrète
data-current-passphrase = Phrase secrète actuelle
data-new-passphrase = Nouvelle phrase secrète
data-change-submit = Changer la phrase secrète
data-passphrase-changed = La phrase secrète a été changée.
data-lock-minutes = Verrouiller après ce nombre de minutes sans utilisation (0 : jamais)
data-keep-backups = Nombre de sauvegardes à garder
data-save = Enregistrer
data-saved = Enregistré.

data-backups-title = Sauvegardes
data-backups-hint = Respond fait une sauvegarde quand vous le déverrouillez, puis une fois par jour pendant que vous l’utilisez. Chaque sauvegarde est verrouillée avec la phrase secrète en usage au moment où elle a été faite.
data-back-up-now = Sauvegarder maintenant
data-backed-up = Sauvegarde faite.
data-no-backups = Aucune sauvegarde pour l’instant.
data-backup-kind-automatic = Automatique
data-backup-kind-manual = Manuelle
data-backup-kind-before-upgrade = Avant une mise à jour
data-backup-kind-before-restore = Avant une restauration
data-backup-open = Voir le contenu
data-backup-passphrase = Phrase secrète de cette sauvegarde
data-backup-show = Montrer ce qu’elle contient
data-preview-title = Cette sauvegarde contient
data-preview-made = Faite le { $date }
data-preview-sessions = { $count ->
    [one] 1 séance
   *[other] { $count } séances
}
data-preview-participants = { $count ->
    [one] 1 participant
   *[other] { $count } participants
}
data-preview-attempts = { $count ->
    [one] 1 questionnaire rempli
   *[other] { $count } questionnaires remplis
}
data-preview-newest = Séance la plus récente : { $date }
data-preview-version = Version du format des données : { $version }
data-restore = Restaurer cette sauvegarde
data-restore-confirm = Remplacer les données de cet ordinateur par cette sauvegarde ? Une sauvegarde des données actuelles est faite d’abord.
roster-erase-name-action = Effacer le nom de { $code }
data-erase-names-action = Effacer les noms
data-restore-action = Remplacer par cette sauvegarde
data-restored = La sauvegarde a été restaurée.

data-audit-title = Journal des opérations
data-audit-hint = Chaque modification des données est notée ici. Chaque ligne est liée à la précédente : une ligne modifiée après coup se remarque.
data-audit-intact = Chaque entrée est chaînée à la précédente, et le journal contient encore tout ce que contenait la sauvegarde la plus récente.
data-audit-broken = Le journal a été modifié à partir de la ligne { $id }.
data-audit-cut = Les entrées jusqu’à { $id } figuraient dans la sauvegarde du { $date } mais manquent ou ont changé : le journal a été tronqué ou réécrit.
data-audit-anchor = { $count } entrées ; la plus récente se termine par { $hash }. Des entrées supprimées depuis la sauvegarde la plus récente, ou un journal réécrit par quelqu’un qui connaît la phrase secrète, ne se voient qu’en comparant avec une trace gardée ailleurs : notez ces valeurs, ou gardez un export ou un rapport imprimé, qui les portent.
data-audit-export = Exporter le journal
data-audit-exported = Enregistré dans { $path }
data-audit-when = Quand
data-audit-what = Quoi
data-audit-detail = Détail
data-action-create = Créé
data-action-edit = Modifié
data-action-delete = Supprimé
data-action-export = Exporté
data-action-print = Imprimé
data-action-erase = Effacé
data-action-backup = Sauvegardé
data-action-restore = Restauré
data-action-passphrase-change = Phrase secrète changée
data-action-unlock = Déverrouillé
data-action-kiosk = Borne de questionnaire
data-action-import = Importé
data-action-push = Envoyé à la base régionale
data-action-scan = Feuille de réponses scannée enregistrée
data-object-database = les données
data-object-bundle = lot d’un autre ordinateur
data-object-session = séance
data-object-participant = participant
data-object-answer-sheet = feuille de réponses
data-object-answers = réponses
data-object-certificate = attestation
data-object-printout = document imprimé
data-object-session-names = noms de la séance
data-object-participant-name = nom du participant
data-object-audit = journal
data-object-auto = sauvegarde automatique
data-object-manual = sauvegarde manuelle
data-object-results = résultats
data-object-followup = suivi
data-object-calendar = calendrier de suivi
data-object-sample-data = données d’exemple

data-erase-title = Effacer les noms
data-erase-hint = Les noms ne servent qu’aux attestations. Les effacer conserve les codes, les réponses et les résultats.
data-erase-session = Séance
data-erase-choose = Choisissez une séance…
data-erase-names = Effacer les noms
data-erase-names-confirm = Effacer les noms de toutes les personnes de cette séance ? Leurs codes, réponses et résultats restent, mais les attestations ne pourront plus être imprimées à leur nom. C’est définitif.
data-erased-names = { $count ->
    [one] 1 nom effacé.
   *[other] { $count } noms effacés.
}
roster-erase-name = Effacer le nom
roster-erase-name-confirm = Effacer le nom de { $code } ? Ses réponses et résultats restent.

data-cli-passphrase = Phrase secrète :
data-cli-new-passphrase = Nouvelle phrase secrète :
data-cli-confirm-passphrase = Retapez la phrase secrète :
data-cli-backup-passphrase = Phrase secrète de la sauvegarde :
data-cli-preview = Sauvegarde du { $date } (format des données { $version }) : { $sessions } séances, { $participants } participants, { $attempts } questionnaires remplis ; séance la plus récente : { $newest }.
data-cli-confirm-restore = Remplacer les données par cette sauvegarde ? [o/N]
data-cli-restored = Restauré dans { $path }.
data-cli-erased = { $count ->
    [one] 1 nom effacé.
   *[other] { $count } noms effacés.
}
data-cli-audit-exported = { $count } lignes écrites dans { $path }.
data-printouts-title = Impressions et exports
data-printouts-hint = Les attestations et les listes portent des noms ; les exports portent des codes. Supprimez les anciens une fois remis ou classés.
data-printouts-days = Plus anciens que (jours)
data-printouts-delete = Supprimer les anciennes impressions
data-printouts-confirm = Supprimer toutes les impressions, exports et calendriers du dossier d’impression datant de plus de { $days } jours ?
data-printouts-deleted = { $count ->
    [one] Un fichier supprimé.
   *[other] { $count } fichiers supprimés.
}
