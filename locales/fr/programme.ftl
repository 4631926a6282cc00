# La page Programme et le bilan trimestriel (PDF et CSV) pour le groupe régional naloxone.
results-scope-kind-period = Une période
results-scope-period = Séances du { $from } au { $to }
invalid-before-from = La fin de la période est avant son début.
programme-title = Programme
programme-intro = Les chiffres que demande un groupe régional naloxone, pour les séances datées dans la période : aucun nom, et aucun effectif de une à quatre personnes.
programme-period = Période
programme-other = Autres dates
programme-from = Du
programme-to = Au
programme-print = Imprimer le bilan (PDF)
programme-save-csv = Enregistrer les chiffres (CSV)
programme-empty = Aucune séance n’est datée dans cette période.
return-title = Bilan trimestriel
return-privacy = Aucun nom : seulement des codes de participant et des effectifs. Un effectif de moins de { $min } personnes est affiché « < { $min } ». Les formateurs sont nommés comme sur leurs séances.
return-trainings-title = Formations
return-summary = { $sessions ->
    [one] Une séance
   *[other] { $sessions } séances
} ; { $people } personnes formées.
return-site = Lieu
return-audience = Public
return-trainer = Formateur ou formatrice
return-sessions = Séances
return-people = Personnes
return-kits-given = Kits remis
return-kits-title = Kits de naloxone
return-knowledge-title = Connaissances par thème (part de bonnes réponses)
return-myths-title = Idées reçues qui persistent
return-myths-note = Part des personnes qui croyaient encore chaque idée reçue ; la plus répandue après la formation en premier.
return-rates-title = Questionnaires passés et personnes retrouvées
return-rate-pre-post = Questionnaire avant et après la formation : { $share } des personnes formées.
return-rate-followup = Questionnaire de suivi : { $share } des personnes formées.
return-rate-matched = Recherches de suivi faites dans la période qui ont retrouvé la personne : { $share }.
return-rates-note = Le suivi a lieu 3 à 6 mois après la formation : les personnes formées en fin de période ne sont, pour la plupart, pas encore concernées.
return-footer = Bilan trimestriel Respond : chiffres pseudonymisés, sans aucun nom.
