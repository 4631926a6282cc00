# Sessions, the roster, the quizzes (kiosk, paper entry, group view) and session results.

session-new = New session
session-edit = Edit the session
session-save = Save the session
sessions-none = No sessions yet. Start with “New session”.
sessions-back = All sessions
session-date = Date
session-site = Site
session-audience = Audience
session-language = Session language
session-participants = People
session-status = Status
session-open = Open
session-closed = Closed
session-close = Close the session
session-close-future = This session is dated { $date }, which is still to come. Closing it starts its follow-up schedule from that date. Close it anyway?
session-reopen = Reopen the session
session-template-hint = Choosing an audience selects its modules and quiz; you can change them.
session-trainers = Trainer(s)
session-modules = Modules delivered
session-quiz = Quiz (the same before and after)
quiz-items = { $count ->
    [one] 1 question
   *[other] { $count } questions
}
save = Save
cancel = Cancel
yes = Yes
no = No
invalid-date = This is not a date. Type day, month and year, e.g. 14/01/2027.
invalid-required = This is needed.
invalid-modules = Choose at least one module.
invalid-date-range = Enter a date between 1990 and 2100.
invalid-too-long = This is too long: at most 200 characters.
invalid-control-characters = Remove the invisible control characters (tabs, line breaks).
invalid-unknown = Respond does not know this choice. Pick one from the list.
invalid-has-answers = Answers were already recorded for this person: use Remove, which asks first.
error-invalid-input = Some of what was entered cannot be saved. Check the fields and try again.
error-not-found = This was not found. It may have been deleted.

roster-title = Participants
roster-name = Name (only for a certificate)
roster-name-hint = Leave empty to use the code only
roster-name-column = Name
roster-language = Language
roster-release = Release date
roster-consent = Agrees to be contacted for follow-up
roster-consent-short = Follow-up
roster-add = Add
roster-hint = Type a name (or nothing) and press Enter: each person gets a code for their card. The cursor comes back for the next person.
roster-code = Code
roster-sgic = Own code
roster-actions = Actions
roster-details = Details
roster-edit = Edit
roster-remove = Remove
# $who is the person: their name and code, e.g. "Maria Santos (K7M-R4T)", or the code alone.
roster-remove-confirm = Remove { $who } and all their answers?
roster-added = { $code } added.
roster-undo = Undo: take { $code } out again
roster-remove-action = Remove { $code }
roster-edit-title = Participant { $code }
sgic-title = Own code (to find the person at follow-up without a name)
sgic-hint = Ask the person; they can give the same answers months later.
sgic-parent = First two letters of a parent's first name
sgic-month = Month of birth (1–12)
sgic-siblings = Number of older brothers and sisters
sgic-place = First letter of the town of birth
sgic-incomplete = Fill in all four parts of the own code, or none.

tests-title = Quizzes
phase-pre = Before training
phase-post = After training
phase-followup = Follow-up
tests-kiosk = On this laptop
tests-grid = Type in answer sheets
tests-group = Group view
tests-hint = The same quiz is used before and after. Answers are saved as soon as they are given.

kiosk-pin-title = Choose a trainer PIN
kiosk-pin-hint = The quiz fills the screen. Participants cannot leave it; you leave it with this PIN (4 to 8 digits).
kiosk-pin-invalid = Use 4 to 8 digits.
kiosk-pin-again = The same PIN again
kiosk-pin-mismatch = The two PINs are not the same.
kiosk-start = Start
kiosk-unlock-title = Trainer PIN
error-kiosk-active = The quiz screen is running. The trainer leaves it with the PIN first.
error-mentor-mode = This is not available in mentor mode. Leave mentor mode with its PIN first (top right).
kiosk-unlock-hint = The trainer’s PIN, or the passphrase of Respond.
kiosk-tries-left = { $tries ->
    [one] Not the right PIN. One more wrong try and Respond locks.
   *[other] Not the right PIN. { $tries } more wrong tries and Respond locks.
}
kiosk-leave = Leave the quiz screen
kiosk-back-to-quiz = Back
kiosk-trainer-leave = Trainer
kiosk-code-title = Your code
kiosk-code-hint = Type the code on your card.
kiosk-code-unknown = This code is not in this session. Check your card, or ask the trainer.
kiosk-begin = Begin
kiosk-progress = Question { $current } of { $total }
kiosk-multi-hint = You may tick several. When you are done, press Next.
kiosk-previous = Back
kiosk-next = Next
kiosk-skip = Skip
kiosk-review-title = Your answers and the right ones
kiosk-your-answer = Your answer
kiosk-right-answer = Right answer
kiosk-finish = Finish
kiosk-thanks = Thank you!
kiosk-hand-back = Please give the laptop back to the trainer.
kiosk-next-person = Next person

grid-title = Answer sheets: { $phase }
grid-save = Save
grid-close = Save and close
grid-hint = One row per person, one box per question. Type the letter ticked on the sheet (A, B, C…; true / false / don't know are A / B / C; agreement is 1–5); the cursor moves on. Columns marked + take several letters; then → moves on. Arrow keys move; Enter goes to the next person.
grid-key-refused = This question takes only { $keys }.
grid-status = Saved?
grid-cell = { $code }, question { $number }
grid-status-saved = Saved
grid-status-dirty = Not saved yet
grid-status-invalid = Check the red boxes
grid-status-empty = No answers

group-reveal = Show how the room answered
group-facts = Show the facts
group-answered = { $answered } of { $people } people answered.
group-answered-so-far = Answered so far: { $answered } of { $people } people
group-waiting = Not answered yet (on this screen only):
group-privacy = Only totals are shown: no names, no codes.

results-session-title = Scores
results-domains-caption = Share of right answers, by topic
results-domain = Topic
results-knowledge = All knowledge questions
results-people-caption = Per person
domain-risks = Risks
domain-signs = Signs
domain-actions = What to do
domain-naloxone = Naloxone
domain-myths = Myths
domain-confidence = Confidence (1–5)

# Paper answer sheets, and saving what was printed.
sheet-document-title = Answer sheets
sheet-code = Code
sheet-instruction = Tick one box for each question, unless it says to tick all that apply. Not sure? Tick "I don't know" where a question has it; otherwise leave the question blank.
sheet-footer = Answer sheet { $code }
sheet-footer-blank = Answer sheet without a code
sheet-page = page { $page }
sheet-code-write = Write your code here
print-saved = Saved: { $path }
print-open = Open
print-sheets = Print answer sheets
paper-size = Paper
session-delete = Delete the session
session-delete-confirm = { $people ->
    [0] Delete this session? A backup is made first.
    [one] Delete this session, with its one participant and their answers? A backup is made first.
   *[other] Delete this session, with its { $people } participants and all their answers? A backup is made first.
}
session-delete-action = Delete { $date } · { $site }

kit-label = Naloxone kit
kit-none = Not recorded
kit-status-at-training = Given at the training
kit-status-in-property = Put in property for release
kit-status-on-release = Given on the release day
kit-status-declined = Not wanted
kit-date = Date of the kit
