# La page Programme et le bilan trimestriel (PDF et CSV) pour le groupe régional naloxone.
results-scope-kind-period = Une période
results-scope-period = Séances du { $from } au { $to }
invalid-before-from = La date de fin précède la date de début.
programme-title = Programme
programme-intro = Les chiffres que demande un groupe régional sur la naloxone pour les séances de la période choisie : aucun nom, et aucun effectif d’une à quatre personnes.
programme-period = Période
programme-other = Autres dates
programme-from = Du
programme-to = Au
programme-print = Imprimer le bilan (PDF)
programme-save-csv = Enregistrer les chiffres (CSV)
programme-empty = Aucune séance sur cette période.
return-title = Bilan trimestriel
return-privacy = Aucun nom : seulement des codes de participant et des effectifs. Un effectif de moins de { $min } personnes est affiché « < { $min } ». Les formateurs apparaissent sous le nom indiqué sur leurs séances.
return-trainings-title = Formations
return-summary = { $sessions ->
    [one] Une séance
   *[other] { $sessions } séances
} ; { $people } personnes formées.
return-site = Lieu
return-audience = Public
return-trainer = Formateur
return-sessions = Séances
return-people = Personnes
return-kits-given = Kits remis
return-kits-title = Kits de naloxone
return-knowledge-title = Connaissances par thème (part de bonnes réponses)
return-myths-title = Idées reçues qui persistent
return-myths-note = Part des personnes qui croyaient encore à chaque idée reçue ; en tête, celle qui reste la plus répandue après la formation.
return-rates-title = Questionnaires remplis et personnes retrouvées
return-rate-pre-post = Questionnaire avant et après la formation : { $share } des personnes formées.
return-rate-followup = Questionnaire de suivi : { $share } des personnes formées.
return-rate-matched = Recherches de suivi faites dans la période qui ont retrouvé la personne : { $share }.
return-rates-note = Le suivi a lieu 3 à 6 mois après la formation : les personnes formées en fin de période ne sont, pour la plupart, pas encore concernées.
return-footer = Bilan trimestriel Respond : chiffres pseudonymisés, sans aucun nom.
