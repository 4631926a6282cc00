# Tests: die festen Antworten von Richtig/Falsch- und Zustimmungsfragen und die Probleme,
# die `respond validate` in content/quiz findet.

quiz-option-true = Richtig
quiz-option-false = Falsch
quiz-option-dontknow = Weiß ich nicht
quiz-option-1 = Stimme gar nicht zu
quiz-option-2 = Stimme eher nicht zu
quiz-option-3 = Weder noch
quiz-option-4 = Stimme eher zu
quiz-option-5 = Stimme voll zu

cli-quiz-summary = Test { $quiz }: { $count } Fragen ({ $domains }); Sprachen: { $languages }

problem-quiz-duplicate-item = die Fragenkennung „{ $id }“ kommt zweimal vor
problem-quiz-unknown-item = keine Frage hat die Kennung „{ $id }“
problem-quiz-unknown-module = die Frage „{ $id }“ nennt das Modul „{ $module }“, das es nicht gibt
problem-quiz-unknown-myth = die Frage „{ $id }“ nennt den Mythos „{ $myth }“, der nicht in myths.toml steht
problem-quiz-bad-answer = der Lösungsschlüssel der Frage „{ $id }“ passt nicht zu ihrer Art und ihren Optionen
problem-quiz-missing-title = der Test „{ $quiz }“ hat keinen Titel auf { $lang }
problem-quiz-missing-text = die Frage „{ $id }“ hat keinen Text auf { $lang }
problem-quiz-option-mismatch = die Optionen der Frage „{ $id }“ weichen von items.toml ab (gleiche Kennungen, keine leer)
problem-quiz-no-explanation = die Frage „{ $id }“ hat keine Erklärung auf { $lang }
problem-quiz-truefalse-unbalanced = Test „{ $quiz }“: { $keyed } von { $total } Richtig/Falsch-Fragen haben „richtig“ als Lösung ({ $percent } %); halten Sie den Anteil zwischen 35 und 65 %
problem-quiz-right-option-long = die richtige Antwort der Frage „{ $id }“ ist im Englischen { $ratio }-mal so lang wie die anderen Optionen im Schnitt; bleiben Sie unter dem 1,5-Fachen
