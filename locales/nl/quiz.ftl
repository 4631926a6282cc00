# Vragenlijsten: de vaste antwoorden van waar/niet waar- en eens/oneens-vragen, en de
# problemen die `respond validate` in content/quiz vindt.

quiz-option-true = Waar
quiz-option-false = Niet waar
quiz-option-dontknow = Weet ik niet
quiz-option-1 = Helemaal oneens
quiz-option-2 = Oneens
quiz-option-3 = Niet eens, niet oneens
quiz-option-4 = Eens
quiz-option-5 = Helemaal eens

cli-quiz-summary = vragenlijst { $quiz }: { $count } vragen ({ $domains }); talen: { $languages }

problem-quiz-duplicate-item = vraag-id "{ $id }" komt twee keer voor
problem-quiz-unknown-item = geen enkele vraag heeft de id "{ $id }"
problem-quiz-unknown-module = vraag "{ $id }" noemt module "{ $module }", die niet bestaat
problem-quiz-unknown-myth = vraag "{ $id }" noemt fabel "{ $myth }", die niet in myths.toml staat
problem-quiz-bad-answer = de antwoordsleutel van vraag "{ $id }" past niet bij haar soort en opties
problem-quiz-missing-title = vragenlijst "{ $quiz }" heeft geen titel in het { $lang }
problem-quiz-missing-text = vraag "{ $id }" heeft geen tekst in het { $lang }
problem-quiz-option-mismatch = de opties van vraag "{ $id }" verschillen van items.toml (dezelfde id's, geen lege)
problem-quiz-no-explanation = vraag "{ $id }" heeft geen uitleg in het { $lang }
problem-quiz-truefalse-unbalanced = vragenlijst "{ $quiz }": { $keyed } van de { $total } waar/niet waar-vragen hebben "waar" als antwoord ({ $percent } %); houd dit tussen 35 en 65 %
problem-quiz-right-option-long = het juiste antwoord van vraag "{ $id }" is in het Engels gemiddeld { $ratio } keer zo lang als de andere opties; houd dit onder 1,5
