# La bibliothèque des modules, la lecture d’un module et le mode présentation.

modules-content-language = Langue du contenu
modules-content-language-hint = La langue des leçons et des diapositives. Elle peut être différente de celle de l’application.
modules-audience = Public
modules-audience-all = Tous les publics
modules-search = Rechercher
modules-search-hint = Des mots du titre ou du résumé
modules-count = { $count ->
    [one] { $count } module
   *[other] { $count } modules
}
modules-none-found = Aucun module ne correspond. Effacez la recherche ou choisissez un autre public.
module-minutes = { $minutes } min
module-slides = { $count ->
    [one] { $count } diapositive
   *[other] { $count } diapositives
}
module-languages = Langues
module-language-missing = non disponible en { $language }
module-has-problems = Certains fichiers de ce module contiennent des erreurs. Le contenu fourni n’en a pas : quelqu’un l’a modifié. Lancez « respond validate » pour les voir.
module-open = Lire
module-present = Présenter
module-back = Retour aux modules
module-objectives = Objectifs
module-notes = Notes pour le formateur
module-sources = Sources
module-not-in-language = Ce module n’est pas encore disponible dans cette langue.
content-problems-title = Problèmes dans les fichiers de contenu
presenter-label = Mode présentation
presenter-exit = Quitter
presenter-notes-show = Afficher les notes
presenter-notes-hide = Masquer les notes
presenter-next = Suivante
presenter-previous = Précédente
presenter-fullscreen = Plein écran
presenter-position = Diapositive { $current } sur { $total }
presenter-help = Suivante : → Page suiv. Espace · Retour : ← Page préc. · Notes : N · Écran noir : B · Plein écran : F · Quitter : Échap
presenter-blank = L’écran est noir. Appuyez sur B ou sur une flèche pour réafficher la diapositive.
presenter-on-projector = Au vidéoprojecteur en ce moment
presenter-projector-blank = Le vidéoprojecteur est noir. Appuyez sur B ou sur une flèche pour réafficher la diapositive.
presenter-blank-projector = Écran noir au vidéoprojecteur
presenter-next-slide = Diapositive suivante (cliquez pour y aller)
presenter-end = C’est la dernière diapositive.
presenter-elapsed = Temps écoulé
presenter-timer-pause = Pause
presenter-timer-resume = Reprendre
presenter-timer-reset = Remettre à zéro
presenter-slides = Diapositives
presenter-help-console = Suivante : → Page suiv. Espace · Retour : ← Page préc. · Écran noir au vidéoprojecteur : B · Quitter : Échap · Cliquez sur une diapositive de la liste pour y aller
error-module-not-found = Ce module n’est pas disponible dans cette langue.
