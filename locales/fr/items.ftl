## Analyse des questions : le questionnaire lui-même mesure-t-il bien, pour les personnes sélectionnées ?

results-tab-overview = Vue d’ensemble
results-tab-items = Questions
items-title = Qualité du questionnaire
items-lead = Comment chaque question a fonctionné pour les personnes de cette sélection. Les questions à examiner en priorité sont en tête de liste.
items-quiz = { $title } ({ $people ->
    [one] { $people } personne
   *[other] { $people } personnes
})
items-phase = Moment
items-reliability = Fiabilité (KR-20)
items-reliability-ci = { $alpha } (IC à 95 % de { $low } à { $high })
items-ceiling = Au score maximal
items-too-few = Trop peu de personnes pour analyser les questions : il en faut au moins { $min } par moment.
items-question = Question
items-right = Réussite
items-discrimination = Discrimination
items-dont-know = Je ne sais pas
items-blank = Sans réponse
items-choices = Réponses choisies
items-flags = À examiner
items-flag-low-discrimination = Ne distingue pas les personnes qui savent de celles qui ne savent pas (r inférieur à 0,20)
items-flag-ceiling = Presque tout le monde répond juste (95 % ou plus)
items-flag-dif = Fonctionne différemment selon la langue : { $language } (Mantel–Haenszel, classe ETS { $class })
items-none-flagged = Rien à signaler.
items-methods = Réussite : part des personnes qui ont bien répondu. Discrimination : corrélation de la question avec le reste du questionnaire (corrélation item-total corrigée). KR-20 avec son intervalle de confiance à 95 % selon Feldt. Les langues sont comparées par le test de Mantel–Haenszel, à score total égal, quand chaque langue compte au moins { $min } personnes ; une question est signalée si elle est en classe ETS B ou C (|Δ| supérieur ou égal à 1 et p < 0,05).
items-none = Aucun questionnaire terminé dans cette sélection pour l’instant.
items-what-to-do = Que faire d’une question signalée : la relire à côté de son module et dans chaque langue, et se demander si une personne qui connaît la réponse la choisirait. La reformuler, ou lui donner un nouvel identifiant si son sens change (content/quiz/DESIGN.md).
