# Quizzes: the fixed answers of true/false and agreement items, and the problems
# `respond validate` finds in content/quiz.

quiz-option-true = True
quiz-option-false = False
quiz-option-dontknow = I don't know
quiz-option-1 = Strongly disagree
quiz-option-2 = Disagree
quiz-option-3 = Neither agree nor disagree
quiz-option-4 = Agree
quiz-option-5 = Strongly agree

cli-quiz-summary = quiz { $quiz }: { $count } items ({ $domains }); languages: { $languages }

problem-quiz-duplicate-item = item id "{ $id }" is used twice
problem-quiz-unknown-item = no item has the id "{ $id }"
problem-quiz-unknown-module = item "{ $id }" names module "{ $module }", which does not exist
problem-quiz-unknown-myth = item "{ $id }" names myth "{ $myth }", which is not in myths.toml
problem-quiz-bad-answer = the answer key of item "{ $id }" does not fit its kind and options
problem-quiz-missing-title = quiz "{ $quiz }" has no title in { $lang }
problem-quiz-missing-text = item "{ $id }" has no text in { $lang }
problem-quiz-option-mismatch = the options of item "{ $id }" differ from items.toml (same ids, none empty)
problem-quiz-no-explanation = item "{ $id }" has no explanation in { $lang }
problem-quiz-truefalse-unbalanced = quiz "{ $quiz }": { $keyed } of { $total } true/false items are keyed true ({ $percent } %); keep it between 35 and 65 %
problem-quiz-right-option-long = the right option of item "{ $id }" is { $ratio } times the mean length of its other options in English; keep it under 1.5
