# The Programme page and the quarterly return (PDF and CSV) for the regional naloxone group.
results-scope-kind-period = A period
results-scope-period = Sessions from { $from } to { $to }
invalid-before-from = The end of the period comes before its start.
programme-title = Programme
programme-intro = The figures a regional naloxone group asks for, for the sessions in the chosen period. No names appear, and counts of one to four people are hidden.
programme-period = Period
programme-other = Other dates
programme-from = From
programme-to = To
programme-print = Print the return (PDF)
programme-save-csv = Save the figures (CSV)
programme-empty = No session is dated in this period.
return-title = Quarterly return
return-privacy = No names: participant codes and counts only. A count of fewer than { $min } people is shown as “< { $min }”. Trainers are named as on their sessions.
return-trainings-title = Trainings
return-summary = { $sessions ->
    [one] One session
   *[other] { $sessions } sessions
}; { $people } people trained.
return-site = Site
return-audience = Audience
return-trainer = Trainer
return-sessions = Sessions
return-people = People
return-kits-given = Kits given
return-kits-title = Naloxone kits
return-knowledge-title = Knowledge by topic (share of right answers)
return-myths-title = Myths that persist
return-myths-note = Share of people who still believed each myth; the most believed after the training at the top.
return-rates-title = Quizzes taken and people found at follow-up
return-rate-pre-post = Quiz taken before and after the training: { $share } of the people trained.
return-rate-followup = Quiz taken again at follow-up: { $share } of the people trained.
return-rate-matched = Share of follow-up searches this period that found the person: { $share }.
return-rates-note = Follow-up comes 3 to 6 months after a training, so the people trained late in a period are mostly not due yet.
return-footer = Respond quarterly return: pseudonymous figures, no names.
