# Messages de la ligne de commande `respond` et de `respond validate`.

cli-error = Erreur : { $error }
cli-validate-summary = { $count ->
    [0] Aucun problème trouvé.
    [one] 1 problème trouvé.
   *[other] { $count } problèmes trouvés.
}
cli-info-data-dir = Dossier des données : { $path }
cli-info-database = Base de données : { $path }
cli-info-schema = Version du schéma de la base : { $version }
cli-info-installation = Installation : { $uid } (l’identifiant que portent ses lignes dans une base régionale)
cli-info-language = Langue de l’application : { $language }
cli-bench-startup-line = { $name } : médiane { $median } ms jusqu’au premier affichage (essais : { $runs } ms)
cli-bench-startup-ratio = Rapport Respond / hello-world : { $ratio }
cli-bench-build = Version mesurée : { $build }
cli-bench-startup-memory-app = Respond, mémoire au repos de tous ses processus : { $mb } Mo
cli-bench-startup-memory-reference = Tauri hello-world, mémoire au repos de tous ses processus : { $mb } Mo
cli-bench-startup-memory-ratio = Rapport de la mémoire au repos, Respond / hello-world : { $ratio }
cli-bench-results-memory-results = Mémoire maximale pendant le calcul de la page Résultats : { $mb } Mo
cli-bench-results-memory-export = Mémoire maximale pendant l’écriture du CSV long : { $mb } Mo

problem-no-files = aucun fichier .ftl ici
problem-extra-file = ce fichier n’a pas d’équivalent anglais
problem-missing-file = la traduction { $lang } de ce fichier manque
problem-missing-message = le message « { $id } » manque en { $lang }
problem-extra-message = le message « { $id } » n’existe pas en anglais : supprimez-le ou ajoutez-le à l’anglais
problem-duplicate-message = le message « { $id } » figure aussi dans { $file } : un message ne doit se trouver que dans un seul fichier
problem-variables-differ = le message « { $id } » utilise les variables { $found }, l’anglais utilise { $expected }
problem-attributes-differ = le message « { $id } » a les attributs { $found }, l’anglais a { $expected }
problem-empty-message = le message « { $id } » est vide
problem-syntax = erreur de syntaxe : { $error }
problem-unreadable = impossible de lire ce fichier : { $error }
cli-bench-results-data = Base de démonstration : { $participants } participants, { $rows } réponses.
cli-bench-results-line = { $name } : médiane { $median } ms (essais : { $runs } ms)
cli-bench-results-ratio = Ratio par rapport à l’export CSV des mêmes lignes par sqlite3 : CSV format long { $export }, page Résultats { $results }
cli-bench-results-no-sqlite = sqlite3 n’est pas installé : aucune référence de comparaison.
cli-bench-bundle-data = Base de démonstration : { $participants } participants, dans un seul lot.
cli-bench-bundle-ratio = Rapport de l’import à l’export : { $ratio }
cli-bench-pool-data = Base de démonstration : { $participants } participants, { $answers } réponses.
cli-bench-pool-ratio = Rapport de l’envoi au COPY de PostgreSQL du CSV format long : { $ratio }
cli-demo-done = Données d’exemple ajoutées : { $sessions } séances dans { $sites } lieux, { $participants } participants.
cli-validate-warning = avertissement : { $problem }
cli-bench-scan-data = { $pages } pages de feuilles de réponses à { $dpi } dpi, moitié scannées, moitié photographiées (version { $build }).
cli-bench-scan-accuracy = Cases bien lues : { $right } % sur { $boxes }. Mal lues mais signalées : { $flagged } ; mal lues sans être signalées : { $silent }. Questions signalées à vérifier : { $questions } sur { $total }.
cli-bench-scan-rate = Pages lues par seconde : { $rate }
cli-bench-scan-ratio = Rapport de la lecture à la saisie des mêmes réponses à 2 touches par seconde : { $ratio }
