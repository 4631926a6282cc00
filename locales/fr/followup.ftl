# La page Suivi (3 à 6 mois après une séance), la liste de rappel et son fichier d’agenda.

followup-intro = Trois à six mois après une séance, les participants repassent le même questionnaire : on voit ce qu’ils ont retenu. Voici qui est à revoir, par lieu.
followup-window-label = Période de suivi
followup-window-opens = Début après (mois)
followup-window-closes = Fin après (mois)
followup-window-save = Enregistrer la période
followup-window-saved = Enregistré.
followup-window-range = La période doit commencer entre 1 et 23 mois après la séance, et finir plus tard, au maximum 24 mois après.
followup-empty = Personne à revoir pour l’instant. Les participants apparaissent ici une fois leur séance clôturée.
followup-status-due = À revoir
followup-status-overdue = En retard
followup-status-upcoming = À venir
followup-status-closed = Période terminée
followup-status-done = Fait
followup-status-hint = À revoir : la période a commencé. En retard : elle a commencé il y a plus d’un mois. Période terminée : le moment du suivi est passé.
followup-no-consent = { $count ->
    [one] { $count } personne n’a pas accepté de suivi.
   *[other] { $count } personnes n’ont pas accepté de suivi.
}
followup-code = Code
followup-name = Nom
followup-language = Langue
followup-window = Période
followup-release = Sortie
followup-status = Statut
followup-session = Séance
followup-recall-pdf = Enregistrer la liste de rappel (PDF)
followup-recall-ics = Enregistrer le calendrier (.ics)
followup-saved-to = Enregistré dans { $path }
followup-record = Enregistrer un suivi
followup-record-short = Saisir
followup-record-for = Saisir le suivi de { $code }
followup-find-title = Retrouver la personne
followup-find-by-code = Par le code de participant
followup-find-by-sgic = Par le code personnel
followup-find-hint = Une personne qui a perdu sa carte peut répondre à nouveau aux quatre questions du code personnel ; de petites différences sont acceptées.
followup-code-label = Code de participant
followup-find = Rechercher
followup-not-found = Aucun participant n’a ce code. Vérifiez-le, ou cherchez par le code personnel.
followup-candidates = { $count ->
    [0] Personne ne correspond d’assez près. Revoyez les réponses avec la personne.
    [one] { $count } correspondance possible : vérifiez-la avec la personne.
   *[other] { $count } correspondances possibles : vérifiez chacune avec la personne.
}
followup-similarity = Ressemblance : { $percent } %
followup-confirm = C’est cette personne
followup-nobody = Aucune de ces personnes
followup-nobody-recorded = C’est noté : cette recherche n’a trouvé personne. Elle compte dans le taux de personnes retrouvées.
followup-already-done = Un suivi est déjà enregistré pour cette personne. Un nouvel enregistrement le remplacera.
followup-matched = { $code } · { $site } · séance du { $date }
followup-enter-paper = Saisir une feuille de réponses
followup-hand-kiosk = Passer l’ordinateur à la personne
followup-paper-hint = La saisie des feuilles de réponses affiche toute la séance : tapez les réponses sur la ligne de cette personne.
followup-kiosk-hint = La personne tape son code, { $code }, et répond seule.
followup-booster-title = Révision
followup-booster-hint = Après le questionnaire, reprenez un module ensemble : le module sur les idées reçues est court et convient à la plupart des groupes.
followup-booster-module = Module
followup-booster-record = Enregistrer la révision
followup-booster-given = Révision enregistrée : { $module }.
followup-back = Retour à la liste
followup-match-rate = Personnes retrouvées : { $found } sur { $searched } recherches ({ $percent } %) ; par code de participant : { $code }, par code personnel : { $sgic }, par code personnel proche : { $fuzzy }.
followup-match-rate-none = Aucune recherche de suivi pour l’instant.

# La liste de rappel (PDF) et le fichier d’agenda (.ics).
followup-recall-title = Liste de rappel pour le suivi : { $site }
followup-recall-note = { $count ->
    [one] { $count } personne à revoir, au { $date }.
   *[other] { $count } personnes à revoir, au { $date }.
}
followup-recall-footer = Confidentiel : gardez cette liste sous clé et passez-la au broyeur après usage.
followup-calendar-name = Suivis Respond : { $site }
followup-calendar-event = Suivi { $code }
followup-calendar-description = Période de suivi Respond. Lieu : { $site }. Séance du { $session }. Langue : { $language }.
followup-recall-names = Avec les noms et les dates de sortie
