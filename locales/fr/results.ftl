# La page Résultats, le rapport d’évaluation (PDF), ses graphiques, les exports et leur dictionnaire des données.

results-scope-label = Afficher
results-scope-kind-session = Une séance
results-scope-kind-site = Un lieu
results-scope-kind-audience = Un public
results-scope-kind-all = Toutes les données
results-scope-session = Séance du { $date } ({ $site })
results-scope-site = Toutes les séances : { $site }
results-scope-audience = Toutes les séances pour le public : { $audience }
results-scope-all = Toutes les séances
results-empty = Pas encore de résultats. Enregistrez d’abord les questionnaires d’une séance, ou chargez des données d’exemple pour découvrir la page.
results-demo = Charger des données d’exemple
results-demo-hint = Remplit cette base de données vide avec des séances, des questionnaires et des suivis fictifs, pour voir ce qu’affiche la page Résultats. Supprimez ces séances avant une utilisation réelle.
results-demo-done = Données d’exemple ajoutées : { $sessions } séances, { $participants } participants.
results-suppression-note = Les chiffres portant sur moins de { $min } personnes sont masqués (affichés « < { $min } ») pour que personne ne puisse être reconnu.

results-attrition-title = Qui a participé
results-trained = Personnes formées
results-pre-post = Avant et après
results-all-three = Les trois
results-attrition-line = Personnes formées { $trained } → avant { $pre } → après { $post } → suivi { $followup }

results-kits = Kits de naloxone : { $atTraining } remis à la formation, { $inProperty } mis dans les effets personnels pour la libération, { $onRelease } remis le jour de la libération, { $declined } refusés, { $unknown } non renseignés.
results-scores-title = Scores (pourcentage de bonnes réponses)
results-phase = Moment
results-people = Personnes
results-mean-sd = Moyenne (ET)
results-median-iqr = Médiane (EIQ)
results-confidence = Confiance (1–5)

results-change-title = Évolution
results-comparison = { $from } → { $to }
results-means = { $pairs } paires : moyenne { $from } % → { $to } %
results-too-few-pairs = Trop peu de paires ({ $pairs }) pour un test : il en faut au moins { $min }.
results-suppressed-pairs = Moins de { $min } paires : masqué.
results-wilcoxon = Test des rangs signés de Wilcoxon : W = { $w }, z = { $z }, p { $p } ({ $method ->
    [exact] exact
   *[normal] approximation normale
}) ; taille d’effet { $formula } = { $r }, N = nombre de paires
# The effect size's formula: the report's fonts have no square-root sign, so it is said in words there.
results-r-formula = { $medium ->
    [print] r = |z| / (racine carrée de N)
   *[screen] r = |z| / √N
}
results-t-test = Test t pour échantillons appariés : t({ $df }) = { $t }, p { $p } ; variation moyenne { $diff } points (IC à 95 % de { $low } à { $high }) ; d_z de Cohen = variation moyenne / ET des variations = { $dz } (IC à 95 % de { $dzlow } à { $dzhigh })
results-t-degenerate = Tout le monde a varié d’exactement { $diff } points : pas de test t.
results-hake = Gain normalisé (Hake) g = (après − avant) / (100 − avant) = { $g } ; moyenne des gains individuels { $individual }
results-retention = Conservé au suivi : { $share } % du gain obtenu en formation (personnes ayant passé les trois questionnaires).
results-methods = Les tests comparent chaque personne à elle-même. Le test de Wilcoxon est exact pour les petits groupes sans ex æquo ; en dessous de { $min } paires, aucun test n’est fait. Les valeurs p sont bilatérales.

results-myths-title = Idées reçues qui persistent
results-myth = Idée reçue
results-items-title = Question par question
results-items-note = Pourcentage de bonnes réponses à chaque moment. Le test de McNemar compte les personnes passées de juste à faux / de faux à juste (test binomial exact en dessous de 25 changements).
results-question = Question
results-mcnemar-pre-post = Avant → après : juste → faux / faux → juste
results-mcnemar-post-followup = Après → suivi : juste → faux / faux → juste

results-report = Enregistrer le rapport (PDF)
results-saved-to = Enregistré dans { $path }
results-export-title = Export
results-export-format = Format
results-format-long-csv = CSV format long : une ligne par réponse
results-format-wide-csv = CSV format large : une ligne par personne
results-format-codebook = Dictionnaire des données : ce que signifie chaque colonne
results-format-json = JSON : tout, en structure imbriquée
results-format-xlsx = Classeur Excel : résumé et tous les fichiers
results-export-bom = Pour Excel (UTF-8 avec indicateur d’ordre des octets, BOM)
results-export-decimal-comma = Points-virgules et virgule décimale (Excel réglé en français, allemand, néerlandais ou portugais)
results-export-save = Enregistrer l’export
results-export-save-as = Enregistrer sous…
results-export-hint = Les exports contiennent les codes des participants, jamais les noms.
results-export-beside = Un script R (.R) est enregistré à côté du CSV format long, et une syntaxe SPSS (.sps) à côté du CSV format large.

report-title = Rapport d’évaluation
report-made = Créé avec Respond le { $date }.
report-footer = Rapport d’évaluation Respond : chiffres pseudonymisés, sans aucun nom.

chart-distribution-title = Scores à chaque moment
chart-distribution-axis = Pourcentage de bonnes réponses (part des personnes dans chaque tranche)
chart-domains-title = Pourcentage de bonnes réponses par thème
chart-myths-title = Part des personnes qui croient encore à chaque idée reçue
results-share-of = { $share } % (n = { $people })

demo-site = Lieu d’exemple : { $audience } { $n }
demo-trainers = Formateurs d’exemple

codebook-file = Fichier
codebook-column = Colonne
codebook-meaning = Signification
codebook-values = Valeurs
codebook-session-id = Numéro de la séance dans cette base de données
codebook-session-id-values = Nombre entier
codebook-session-date = Date de la séance de formation
codebook-session-date-values = YYYY-MM-DD
codebook-site = Lieu de la séance
codebook-site-values = Texte
codebook-audience = Public de la séance
codebook-audience-values = custody, peers, clinical, officers
codebook-session-language = Langue dans laquelle la séance a eu lieu
codebook-session-language-values = en, fr, de, nl, pt
codebook-quiz-id = Questionnaire utilisé avant, après et au suivi
codebook-quiz-id-values = core, officers
codebook-participant = Code de participant (pseudonyme)
codebook-participant-values = Six lettres et chiffres, par ex. K7M-R4T
codebook-phase = Moment où le questionnaire a été passé
codebook-phase-values = pre = avant la formation, post = après la formation, followup = 3 à 6 mois plus tard
codebook-mode = Mode de réponse
codebook-mode-values = kiosk = sur l’ordinateur, paper = saisi depuis une feuille de réponses
codebook-language = Langue dans laquelle la personne a répondu
codebook-language-values = en, fr, de, nl, pt
codebook-recorded-at = Date et heure d’enregistrement des réponses (UTC)
codebook-recorded-at-values = Date et heure au format ISO 8601
codebook-item-id = Identifiant de la question (le même dans toutes les langues et à tous les moments)
codebook-item-id-values = Listé avec sa question et ses options à la fin de ce dictionnaire des données
codebook-domain = Thème de la question
codebook-domain-values = risks, signs, actions, naloxone, myths, confidence
codebook-myth = Idée reçue testée par la question, le cas échéant
codebook-myth-values = Voir content/myths.toml ; vide s’il n’y en a pas
codebook-chosen = Options choisies, séparées par des points-virgules
codebook-chosen-values = Identifiants des options, listés avec chaque question à la fin de ce dictionnaire des données ; vide = pas de réponse ; 1–5 pour la confiance
codebook-correct = Réponse juste ou non
codebook-correct-values = 1 = juste, 0 = fausse ou sans réponse, vide pour la confiance
codebook-attempt-complete = Passage terminé ou non (chaque question a une ligne de réponse, même passée)
codebook-attempt-complete-values = 1 = terminé, 0 = partiel (exclu des scores et du fichier large)
codebook-consent-followup = A accepté d’être recontacté(e) pour le suivi
codebook-consent-followup-values = 1 = oui, 0 = non
codebook-kit = Kit de naloxone
codebook-kit-values = at-training = remis à la formation, in-property = mis dans les effets personnels pour la libération, on-release = remis le jour de la libération, declined = refusé ; vide = rien d’enregistré
codebook-kit-date = Date du kit
codebook-kit-date-values = AAAA-MM-JJ ; vide si non enregistrée
codebook-phase-mode = Mode de réponse : { $phase }
codebook-phase-score = Pourcentage de bonnes réponses, toutes questions de connaissances confondues : { $phase }
codebook-phase-confidence = Moyenne des réponses de confiance : { $phase }
codebook-phase-domain = Pourcentage de bonnes réponses, { $domain } : { $phase }
codebook-percent-values = 0–100, deux décimales ; vide si non passé ou non terminé
codebook-confidence-values = 1–5 ; vide si le questionnaire n’a pas été passé
codebook-item = Bonne réponse ({ $phase }) : { $question }
codebook-item-values = 1 = juste, 0 = fausse ou sans réponse, vide si le questionnaire n’a pas été passé
codebook-right = {" "}(bonne réponse)
codebook-questions = Question
results-partial = non terminé
results-partial-note = { $count ->
    [one] Un questionnaire a été commencé sans être terminé : il est signalé comme tel et exclu des scores.
   *[other] { $count } questionnaires ont été commencés sans être terminés : ils sont signalés comme tels et exclus des scores.
}
report-audit = Journal d’audit à l’impression : { $count } entrées, la plus récente se terminant par { $hash }.

# La feuille Résumé du classeur Excel, et les scripts d’analyse écrits à côté des fichiers CSV.
workbook-title = Résultats Respond
workbook-people = Personnes ayant terminé le questionnaire
workbook-mean = Score moyen (% de bonnes réponses)
workbook-sd = Écart-type
workbook-domain = { $domain } (% de bonnes réponses)
workbook-confidence = Confiance moyenne (1–5)
invalid-too-many-rows = Trop de lignes pour une feuille Excel (plus d’un million) : exportez plutôt le CSV format long, ou une sélection plus petite.
syntax-spss-header = Syntaxe SPSS de Respond : lit { $file } avec ses étiquettes de variables et de valeurs. Ouvrez-la dans SPSS ou PSPP et exécutez-la depuis le dossier qui contient le fichier CSV.
syntax-r-header = Script R de Respond : lit { $file } (une ligne par personne, moment et question) avec les types et les étiquettes de ses colonnes. Exécutez-le depuis le dossier qui contient le fichier CSV.
syntax-right = juste
syntax-wrong = fausse ou sans réponse
syntax-yes = oui
syntax-no = non
syntax-finished = terminé
syntax-partial = partiel
