## Item analysis: whether the quiz itself works, on the people in scope.

results-tab-overview = Overview
results-tab-items = Items
items-title = Whether the test works
items-lead = How each question behaved for the people in this selection. The questions to look at first are listed first.
items-quiz = { $title } ({ $people ->
    [one] 1 person
   *[other] { $people } people
})
items-phase = Phase
items-reliability = Reliability (KR-20)
items-reliability-ci = { $alpha } (95 % CI { $low } to { $high })
items-ceiling = At the top score
items-too-few = Too few people for item statistics: at least { $min } per phase are needed.
items-question = Question
items-right = Right
items-discrimination = Discrimination
items-dont-know = Don't know
items-blank = No answer
items-choices = Answers chosen
items-flags = To look at
items-flag-low-discrimination = Does not separate people who know from people who do not (r below 0.20)
items-flag-ceiling = Almost everyone gets it right (95 % or more)
items-flag-dif = Behaves differently in { $language } (Mantel–Haenszel, ETS class { $class })
items-none-flagged = Nothing to look at.
items-methods = Right: share of people answering rightly. Discrimination: correlation of the question with the rest of the quiz (corrected item–total). KR-20 with Feldt's 95 % interval. Languages are compared with the Mantel–Haenszel test, matched on total score, where each language has at least { $min } people; a flag is ETS class B or C (|Δ| at least 1 and p < 0.05).
items-none = No finished quiz in this selection yet.
items-what-to-do = What to do with a flagged question: read it again beside its module and in each language, and ask whether a person who knows the answer would choose it. Reword it, or give it a new id when its meaning changes (content/quiz/DESIGN.md).
