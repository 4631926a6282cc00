# Questionnaires : les réponses fixes des questions vrai/faux et d’accord, et les problèmes
# que `respond validate` trouve dans content/quiz.

quiz-option-true = Vrai
quiz-option-false = Faux
quiz-option-dontknow = Je ne sais pas
quiz-option-1 = Pas du tout d’accord
quiz-option-2 = Pas d’accord
quiz-option-3 = Ni d’accord ni pas d’accord
quiz-option-4 = D’accord
quiz-option-5 = Tout à fait d’accord

cli-quiz-summary = questionnaire { $quiz } : { $count } questions ({ $domains }) ; langues : { $languages }

problem-quiz-duplicate-item = l’identifiant de question « { $id } » est utilisé deux fois
problem-quiz-unknown-item = aucune question n’a l’identifiant « { $id } »
problem-quiz-unknown-module = la question « { $id } » cite le module « { $module } », qui n’existe pas
problem-quiz-unknown-myth = la question « { $id } » cite l’idée reçue « { $myth } », absente de myths.toml
problem-quiz-bad-answer = la réponse attendue de la question « { $id } » ne correspond pas à son type ni à ses options
problem-quiz-missing-title = le questionnaire « { $quiz } » n’a pas de titre en { $lang }
problem-quiz-missing-text = la question « { $id } » n’a pas de texte en { $lang }
problem-quiz-option-mismatch = les options de la question « { $id } » diffèrent de items.toml (mêmes identifiants, aucune vide)
problem-quiz-no-explanation = la question « { $id } » n’a pas d’explication en { $lang }
problem-quiz-truefalse-unbalanced = questionnaire « { $quiz } » : { $keyed } questions vrai/faux sur { $total } ont « vrai » pour réponse ({ $percent } %) ; restez entre 35 et 65 %
problem-quiz-right-option-long = en anglais, la bonne réponse de la question « { $id } » est { $ratio } fois plus longue que les autres options en moyenne ; restez sous 1,5
