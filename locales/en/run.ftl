# The guided session ("Run a session") for peer mentors: plain words, one step at a time.
run-title = Run a session
run-start-button = Run a session
run-continue-button = Continue the session
run-steps = Steps of the session
run-step-group = Group
run-step-people = Who is here
run-step-pre = Quiz before
run-step-present = Present
run-step-post = Quiz after
run-step-print = Print
run-step-done = Done
run-pause = Stop for now
run-hard-questions = Hard questions
run-hard-questions-help = Questions people often ask, with an answer you can give. Tap a question to see the answer.
run-group-title = Who is the session for?
run-group-help = Pick the group. The right modules and quiz come with it.
run-site = Where is it? (wing, unit or place)
run-trainers = Your name (it goes on the certificates)
run-language = Language of the session
run-start = Start the session
run-people-title = Who is here?
run-people-help = Add each person and give them the code that appears. They use it for the quiz. A name is optional.
run-name = Name (optional)
run-person-language = Their language
run-name-unprintable = This name cannot go on a certificate (Latin, Greek or Cyrillic letters only): type it in those letters, or this person gets no certificate.
run-add = Add this person
run-undo = Take out { $code } again
run-people-count = { $count ->
    [one] 1 person
   *[other] { $count } people
}
run-pre-title = Quiz before the training
run-pre-help = Everyone answers the quiz once before you present. It shows what they already know.
run-post-title = Quiz after the training
run-post-help = The same quiz again, now that they have heard it all. It shows what they learned.
run-on-laptop = On this laptop, one by one
run-on-paper = On paper: print the sheets
run-type-sheets = Type in the paper sheets
run-test-done = Done: { $done } of { $people }
run-present-title = Present the modules
run-present-help = Show each module on the screen. Your notes and the hard questions help with what people ask.
run-present = Present
run-print-title = Print for everyone
run-print-help = Certificates, release cards and handouts, each in the person's own language. They are saved in the print folder.
run-print-certificates = Certificates
run-print-cards = Release cards
run-print-handouts = Handouts
run-done-title = The session is recorded
run-done-pre = Quiz before: { $done } of { $people }
run-done-post = Quiz after: { $done } of { $people }
run-done-remains = Still to do
run-done-missing-pre = { $count ->
    [one] 1 person did not finish the quiz before.
   *[other] { $count } people did not finish the quiz before.
}
run-done-missing-post = { $count ->
    [one] 1 person did not finish the quiz after.
   *[other] { $count } people did not finish the quiz after.
}
run-done-all = Everyone finished both quizzes.
run-finish = Finish
run-next = Next
run-back = Back
mentor-title = Mentor mode
mentor-hint = For a peer mentor running sessions: the app shows only "Run a session", Modules and Print, in larger text, and nothing can be deleted or changed. Choose a PIN to leave it again (the passphrase works too).
mentor-pin = PIN to leave mentor mode (4 to 8 digits)
mentor-pin-again = The same PIN again
mentor-pin-invalid = The PIN is 4 to 8 digits.
mentor-pin-mismatch = The two PINs are not the same.
mentor-turn-on = Turn on mentor mode
mentor-leave = Leave mentor mode
mentor-leave-title = Leave mentor mode
mentor-leave-hint = Type the PIN chosen when mentor mode was turned on, or the passphrase.
mentor-leave-wrong = That is neither the PIN nor the passphrase.
