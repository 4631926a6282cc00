## The role-play: a trainer scores what a participant does in a simulated overdose.

roleplay-title = Role-play
roleplay-open = Score a role-play
roleplay-lead = Watch one person, or a pair, respond to an overdose with the manikin. Press Start when they begin, then tick each step as it happens: its time is kept.
roleplay-who = Who is responding
roleplay-partner = Together with
roleplay-alone = Nobody: alone
roleplay-phase = When
roleplay-start = Start
roleplay-restart = Start again
roleplay-elapsed = Time
roleplay-steps = Steps
roleplay-critical = critical
roleplay-errors = Critical errors
roleplay-note = Note (optional)
roleplay-save = Save the role-play
roleplay-cancel = Cancel
roleplay-keys = Keys: Space starts the clock, 1 to 9 tick a step, Enter saves. A second tick on a step takes it back.
roleplay-not-started = Press Start when the role-play begins.
roleplay-discard-question = Throw away this role-play? The ticks and the time are lost.
roleplay-discard = Throw away
roleplay-replace = { $code } already has a role-play at this phase. Saving replaces it.
roleplay-saved = Saved: the role-play of { $code }.
roleplay-saved-pair = Saved: the role-play of { $first } and { $second }.
invalid-same-person = Choose two different people for a pair.
roleplay-done = Role-plays: { $done } of { $people }
roleplay-none-yet = No role-play scored yet.
roleplay-at = at { $time }
roleplay-ticked = Done at { $time }
roleplay-scored = Role-plays scored at this phase
roleplay-summary = { $steps ->
    [one] 1 step
   *[other] { $steps } steps
}, { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}
roleplay-remove = Remove the role-play of { $code }
roleplay-remove-question = Remove the role-play of { $code } at this phase? Its ticks and times are deleted. A partner keeps their own.
roleplay-debrief = To talk over: { $marks }
roleplay-all-done = Every critical step done, no critical error.

## Results: the skills seen in role-plays.

results-roleplay-title = Skills seen in the role-play
results-roleplay-note = Share of people who did each step, at each phase. Times run from the start of the role-play.
results-roleplay-step = Step
results-roleplay-people = People with a role-play
results-roleplay-all-critical = Did every critical step
results-roleplay-any-error = Made a critical error
results-roleplay-time-call = Median time to call
results-roleplay-time-naloxone = Median time to naloxone
results-roleplay-pairs = { $pairs } people had a role-play before and after: every critical step { $from } → { $to }.
results-roleplay-none = No role-plays in this selection.
results-roleplay-seconds = { $minutes ->
    [0] { $seconds } s
   *[other] { $minutes } min { $seconds } s
}

## The wide CSV's role-play columns, in the codebook.

codebook-phase-rp-critical = Did every critical step of the role-play: { $phase }
codebook-phase-rp-errors = Critical errors seen in the role-play: { $phase }
codebook-phase-rp-call = Seconds from the start of the role-play to the call: { $phase }
codebook-phase-rp-naloxone = Seconds from the start of the role-play to naloxone: { $phase }
codebook-rp-critical-values = 1 = yes, 0 = no; empty when there was no role-play
codebook-rp-errors-values = Whole number; empty when there was no role-play
codebook-rp-seconds-values = Whole seconds; empty when the step was not done or there was no role-play
