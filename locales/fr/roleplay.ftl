## La mise en situation : le formateur note ce que fait un participant face à une surdose simulée.

roleplay-title = Mise en situation
roleplay-open = Évaluer une mise en situation
roleplay-lead = Observez une personne, ou un binôme, réagir à une surdose sur le mannequin. Appuyez sur Démarrer au début, puis cochez chaque étape au moment où elle est faite : le temps est noté.
roleplay-who = Qui intervient
roleplay-partner = En binôme avec
roleplay-alone = Personne : seul(e)
roleplay-phase = Moment
roleplay-start = Démarrer
roleplay-restart = Recommencer
roleplay-elapsed = Temps
roleplay-steps = Étapes
roleplay-critical = critique
roleplay-errors = Erreurs critiques
roleplay-note = Commentaire (facultatif)
roleplay-save = Enregistrer la mise en situation
roleplay-cancel = Annuler
roleplay-keys = Raccourcis : Espace lance le chrono, 1 à 9 cochent une étape, Entrée enregistre. Une étape cochée une deuxième fois est décochée.
roleplay-not-started = Appuyez sur Démarrer quand la mise en situation commence.
roleplay-discard-question = Abandonner cette mise en situation ? Les étapes cochées et le temps seront perdus.
roleplay-discard = Abandonner
roleplay-replace = { $code } a déjà une mise en situation pour ce moment. En enregistrant, vous la remplacez.
roleplay-saved = Mise en situation de { $code } enregistrée.
roleplay-saved-pair = Mise en situation de { $first } et { $second } enregistrée.
invalid-same-person = Pour un binôme, choisissez deux personnes différentes.
roleplay-done = Mises en situation : { $done } sur { $people }
roleplay-none-yet = Aucune mise en situation évaluée pour l’instant.
roleplay-at = à { $time }
roleplay-ticked = Faite à { $time }
roleplay-scored = Mises en situation évaluées pour ce moment
roleplay-summary = { $steps ->
    [one] { $steps } étape
   *[other] { $steps } étapes
}, { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}
roleplay-remove = Supprimer la mise en situation de { $code }
roleplay-remove-question = Supprimer la mise en situation de { $code } pour ce moment ? Les étapes cochées et les temps seront effacés. En binôme, l’autre personne garde la sienne.
roleplay-debrief = À reprendre ensemble : { $marks }
roleplay-all-done = Toutes les étapes critiques faites, aucune erreur critique.

## Résultats : les gestes observés pendant les mises en situation.

results-roleplay-title = Gestes observés en mise en situation
results-roleplay-note = Part des personnes qui ont fait chaque étape, à chaque moment. Les temps sont comptés depuis le début de la mise en situation.
results-roleplay-step = Étape
results-roleplay-people = Personnes mises en situation
results-roleplay-all-critical = Toutes les étapes critiques faites
results-roleplay-any-error = Au moins une erreur critique
results-roleplay-time-call = Temps médian avant l’appel
results-roleplay-time-naloxone = Temps médian avant la naloxone
results-roleplay-pairs = { $pairs ->
    [one] { $pairs } personne a fait une mise en situation avant et après : toutes les étapes critiques faites, { $from } → { $to }.
   *[other] { $pairs } personnes ont fait une mise en situation avant et après : toutes les étapes critiques faites, { $from } → { $to }.
}
results-roleplay-none = Aucune mise en situation dans cette sélection.
results-roleplay-seconds = { $minutes ->
    [0] { $seconds } s
   *[other] { $minutes } min { $seconds } s
}

## Les colonnes de la mise en situation dans le CSV format large, dans le dictionnaire des données.

codebook-phase-rp-critical = A fait toutes les étapes critiques de la mise en situation : { $phase }
codebook-phase-rp-errors = Erreurs critiques observées pendant la mise en situation : { $phase }
codebook-phase-rp-call = Secondes entre le début de la mise en situation et l’appel : { $phase }
codebook-phase-rp-naloxone = Secondes entre le début de la mise en situation et la naloxone : { $phase }
codebook-rp-critical-values = 1 = oui, 0 = non ; vide s’il n’y a pas eu de mise en situation
codebook-rp-errors-values = Nombre entier ; vide s’il n’y a pas eu de mise en situation
codebook-rp-seconds-values = Nombre entier de secondes ; vide si l’étape n’a pas été faite ou s’il n’y a pas eu de mise en situation
