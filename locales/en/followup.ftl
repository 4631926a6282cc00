# The Follow-up page (3–6 months after a session), the recall list and its calendar file.

followup-intro = Three to six months after a session, people take the same quiz again: it shows what they kept. Here is who is due, per site.
followup-window-label = Follow-up window
followup-window-opens = Opens after (months)
followup-window-closes = Closes after (months)
followup-window-save = Save the window
followup-window-saved = Saved.
followup-window-range = The window must open after 1 to 23 months and close later, at most after 24 months.
followup-empty = Nobody to follow up yet. People appear here once their session is closed.
followup-status-due = Due
followup-status-overdue = Overdue
followup-status-upcoming = Upcoming
followup-status-closed = Window closed
followup-status-done = Done
followup-status-hint = Due: the window has opened. Overdue: it opened more than a month ago. Window closed: the time for a follow-up has passed.
followup-no-consent = { $count ->
    [one] 1 person did not agree to a follow-up.
   *[other] { $count } people did not agree to a follow-up.
}
followup-code = Code
followup-name = Name
followup-language = Language
followup-window = Window
followup-release = Release
followup-status = Status
followup-session = Session
followup-recall-pdf = Save the recall list (PDF)
followup-recall-ics = Save the calendar (.ics)
followup-saved-to = Saved to { $path }
followup-record = Record a follow-up
followup-record-short = Record
followup-record-for = Record the follow-up of { $code }
followup-find-title = Find the person
followup-find-by-code = By participant code
followup-find-by-sgic = By own code
followup-find-hint = People who lost their card can answer the four own-code questions again; small differences are allowed.
followup-code-label = Participant code
followup-find = Find
followup-not-found = No participant has this code. Check it, or search by own code.
followup-candidates = { $count ->
    [0] Nobody is close enough. Check the answers with the person.
    [one] 1 possible match: check it with the person.
   *[other] { $count } possible matches: check each with the person.
}
followup-similarity = { $percent } % alike
followup-confirm = This is the person
followup-nobody = None of these
followup-nobody-recorded = Noted: this search found nobody. It counts in the match rate.
followup-already-done = A follow-up is already recorded for this person. Recording again replaces it.
followup-matched = { $code } · { $site } · session of { $date }
followup-enter-paper = Type in a paper sheet
followup-hand-kiosk = Hand the laptop over (kiosk)
followup-paper-hint = The paper entry lists the whole session: type the answers in this person's row.
followup-kiosk-hint = The person types their code, { $code }, and answers on their own.
followup-booster-title = Booster
followup-booster-hint = After the quiz, go over one module again together: the myths module is short and suits most groups.
followup-booster-module = Module
followup-booster-record = Record the booster
followup-booster-given = Booster recorded: { $module }.
followup-back = Back to the list
followup-match-rate = Found again: { $found } of { $searched } searches ({ $percent } %): by participant code { $code }, by own code { $sgic }, by a close own code { $fuzzy }.
followup-match-rate-none = No follow-up searches yet.

# The recall list (PDF) and the calendar file (.ics).
followup-recall-title = Follow-up recall list: { $site }
followup-recall-note = { $count ->
    [one] 1 person to see again, as of { $date }.
   *[other] { $count } people to see again, as of { $date }.
}
followup-recall-footer = Confidential: keep this list locked away and shred it after use.
followup-calendar-name = Respond follow-ups: { $site }
followup-calendar-event = Follow-up { $code }
followup-calendar-description = Respond follow-up window. Site: { $site }. Session of { $session }. Language: { $language }.
followup-recall-names = With names and release dates
