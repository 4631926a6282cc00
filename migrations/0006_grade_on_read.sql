-- Answers are graded when they are read, against the bank's current key, by one
-- function (quiz::scoring::is_correct) for every view: a stored grade could disagree
-- with the key after an answer-key fix.
ALTER TABLE answers DROP COLUMN correct;
