# La séance guidée (« Animer une séance ») pour les pairs aidants : des mots simples, une étape à la fois.
run-title = Animer une séance
run-start-button = Animer une séance
run-continue-button = Reprendre la séance
run-steps = Étapes de la séance
run-step-group = Groupe
run-step-people = Qui est là
run-step-pre = Quiz avant
run-step-present = Présenter
run-step-post = Quiz après
run-step-print = Imprimer
run-step-done = Terminé
run-pause = Arrêter pour l’instant
run-hard-questions = Questions difficiles
run-hard-questions-help = Les questions que l’on pose souvent, avec une réponse que vous pouvez donner. Touchez une question pour voir la réponse.
run-group-title = Pour qui est la séance ?
run-group-help = Choisissez le groupe. Les modules et le quiz adaptés sont choisis avec lui.
run-site = Où a-t-elle lieu ? (aile, unité ou autre endroit)
run-trainers = Votre nom (il figure sur les attestations)
run-language = Langue de la séance
run-start = Commencer la séance
run-people-title = Qui est là ?
run-people-help = Ajoutez chaque personne et donnez-lui le code qui s’affiche. Elle s’en sert pour le quiz. Le nom est facultatif.
run-name = Nom (facultatif)
run-person-language = Sa langue
run-name-unprintable = Ce nom ne peut pas figurer sur une attestation (lettres latines, grecques ou cyrilliques seulement) : écrivez-le avec ces lettres, sinon la personne n’aura pas d’attestation.
run-add = Ajouter cette personne
run-undo = Retirer { $code }
run-people-count = { $count ->
    [one] 1 personne
   *[other] { $count } personnes
}
run-pre-title = Quiz avant la formation
run-pre-help = Chacun répond une fois au quiz avant votre présentation. On voit ce que les gens savent déjà.
run-post-title = Quiz après la formation
run-post-help = Le même quiz à nouveau, maintenant qu’ils ont tout entendu. On voit ce qu’ils ont appris.
run-on-laptop = Sur cet ordinateur, chacun son tour
run-on-paper = Sur papier : imprimer les feuilles de réponses
run-type-sheets = Saisir les feuilles de réponses
run-test-done = Terminé : { $done } sur { $people }
run-present-title = Présenter les modules
run-present-help = Montrez chaque module à l’écran. Vos notes et les questions difficiles vous aident à répondre.
run-present = Présenter
run-print-title = Imprimer pour tout le monde
run-print-help = Attestations, cartes de sortie et fiches, chacune dans la langue de la personne. Elles sont enregistrées dans le dossier d’impression.
run-print-certificates = Attestations
run-print-cards = Cartes de sortie
run-print-handouts = Fiches
run-done-title = La séance est enregistrée
run-done-pre = Quiz avant : { $done } sur { $people }
run-done-post = Quiz après : { $done } sur { $people }
run-done-remains = Reste à faire
run-done-missing-pre = { $count ->
    [one] 1 personne n’a pas terminé le quiz avant.
   *[other] { $count } personnes n’ont pas terminé le quiz avant.
}
run-done-missing-post = { $count ->
    [one] 1 personne n’a pas terminé le quiz après.
   *[other] { $count } personnes n’ont pas terminé le quiz après.
}
run-done-all = Tout le monde a terminé les deux quiz.
run-finish = Terminer
run-next = Suivant
run-back = Retour
mentor-title = Mode pair aidant
mentor-hint = Pour un pair aidant qui anime des séances : l’application n’affiche plus que « Animer une séance », les modules et l’impression, en plus grand, et rien ne peut être supprimé ni modifié. Choisissez un code PIN pour en sortir (la phrase secrète fonctionne aussi).
mentor-pin = Code PIN pour sortir du mode pair aidant (4 à 8 chiffres)
mentor-pin-again = Le même code PIN une seconde fois
mentor-pin-invalid = Le code PIN doit comporter de 4 à 8 chiffres.
mentor-pin-mismatch = Les deux codes PIN ne sont pas identiques.
mentor-turn-on = Activer le mode pair aidant
mentor-leave = Quitter le mode pair aidant
mentor-leave-title = Quitter le mode pair aidant
mentor-leave-hint = Tapez le code PIN choisi à l’activation du mode, ou la phrase secrète.
mentor-leave-wrong = Ce n’est ni le code PIN ni la phrase secrète.
