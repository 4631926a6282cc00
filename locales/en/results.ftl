# The Results page, the evaluation report (PDF), its charts, the exports and their codebook.

results-scope-label = Show
results-scope-kind-session = One session
results-scope-kind-site = One site
results-scope-kind-audience = One audience
results-scope-kind-all = All data
results-scope-session = Session at { $site } on { $date }
results-scope-site = All sessions at { $site }
results-scope-audience = All sessions for: { $audience }
results-scope-all = All sessions
results-empty = No results yet. Record a session's quizzes first, or load sample data to look around.
results-demo = Load sample data
results-demo-hint = Fills this empty database with made-up sessions, tests and follow-ups, so you can see what Results shows. Delete the sessions before real use.
results-demo-done = Sample data added: { $sessions } sessions, { $participants } participants.
results-suppression-note = Figures for fewer than { $min } people are hidden (shown as “< { $min }”), so that nobody can be recognised.

results-attrition-title = Who took part
results-trained = Trained
results-pre-post = Before and after
results-all-three = All three
results-attrition-line = Trained { $trained } → before { $pre } → after { $post } → follow-up { $followup }

results-kits = Naloxone kits: { $atTraining } given at the training, { $inProperty } put in property for release, { $onRelease } given on the release day, { $declined } not wanted, { $unknown } not recorded.
results-scores-title = Scores (percent right)
results-phase = Phase
results-people = People
results-mean-sd = Mean (SD)
results-median-iqr = Median (IQR)
results-confidence = Confidence (1–5)

results-change-title = Change
results-comparison = { $from } → { $to }
results-means = { $pairs } pairs: mean { $from } % → { $to } %
results-too-few-pairs = Too few pairs ({ $pairs }) for a test: at least { $min } are needed.
results-suppressed-pairs = Fewer than { $min } pairs: hidden.
results-wilcoxon = Wilcoxon signed-rank: W = { $w }, z = { $z }, p { $p } ({ $method ->
    [exact] exact
   *[normal] normal approximation
}); effect size { $formula } = { $r }, N = pairs
# The effect size's formula: the report's fonts have no square-root sign, so it is said in words there.
results-r-formula = { $medium ->
    [print] r = |z| / (square root of N)
   *[screen] r = |z| / √N
}
results-t-test = Paired t-test: t({ $df }) = { $t }, p { $p }; mean change { $diff } points (95% CI { $low } to { $high }); Cohen's d_z = mean change / SD of changes = { $dz } (95% CI { $dzlow } to { $dzhigh })
results-t-degenerate = Everyone changed by the same { $diff } points: no t-test.
results-hake = Normalised gain (Hake) g = (after − before) / (100 − before) = { $g }; mean of each person's gain { $individual }
results-retention = Kept at follow-up: { $share } % of the gain from training (people with all three tests).
results-methods = Tests compare each person with themselves. Wilcoxon's test is exact for small groups without ties; below { $min } pairs no test is run. p-values are two-sided.

results-myths-title = Myths still believed
results-myth = Myth
results-items-title = Question by question
results-items-note = Percent right at each phase. McNemar's test counts people who went from right to wrong / from wrong to right (exact binomial test below 25 changes).
results-question = Question
results-mcnemar-pre-post = Before → after: right → wrong / wrong → right
results-mcnemar-post-followup = After → follow-up: right → wrong / wrong → right

results-report = Save the report (PDF)
results-saved-to = Saved to { $path }
results-export-title = Export
results-export-format = Format
results-format-long-csv = Long CSV: a row per answer
results-format-wide-csv = Wide CSV: a row per person
results-format-codebook = Codebook: what each column means
results-format-json = JSON: everything, nested
results-format-xlsx = Excel workbook: a summary and every file
results-export-bom = For Excel (UTF-8 with byte order mark)
results-export-decimal-comma = Semicolons and decimal commas (Excel set to French, German, Dutch or Portuguese)
results-export-save = Save the export
results-export-save-as = Save as…
results-export-hint = Exports hold participant codes, never names.
results-export-beside = An R script (.R) that reads the long CSV, or SPSS syntax (.sps) that reads the wide CSV, is saved beside it.

report-title = Evaluation report
report-made = Made with Respond on { $date }.
report-footer = Respond evaluation report: pseudonymous figures, no names.

chart-distribution-title = Scores at each phase
chart-distribution-axis = Percent right (share of people in each band)
chart-domains-title = Percent right per topic
chart-myths-title = Share of people still believing each myth
results-share-of = { $share } % (n = { $people })

demo-site = Sample site: { $audience } { $n }
demo-trainers = Sample trainers

codebook-file = File
codebook-column = Column
codebook-meaning = Meaning
codebook-values = Values
codebook-session-id = Session number in this database
codebook-session-id-values = Whole number
codebook-session-date = Date of the training session
codebook-session-date-values = YYYY-MM-DD
codebook-site = Site of the session
codebook-site-values = Text
codebook-audience = Audience of the session
codebook-audience-values = custody, peers, clinical, officers
codebook-session-language = Language the session was given in
codebook-session-language-values = en, fr, de, nl, pt
codebook-quiz-id = Quiz used before, after and at follow-up
codebook-quiz-id-values = core, officers
codebook-participant = Participant code (pseudonymous)
codebook-participant-values = Six letters and digits, e.g. K7M-R4T
codebook-phase = When the quiz was taken
codebook-phase-values = pre = before training, post = after training, followup = 3–6 months later
codebook-mode = How the answers were given
codebook-mode-values = kiosk = on the laptop, paper = typed in from a paper sheet
codebook-language = Language the person answered in
codebook-language-values = en, fr, de, nl, pt
codebook-recorded-at = When the answers were recorded (UTC)
codebook-recorded-at-values = ISO 8601 date and time
codebook-item-id = Question identifier (the same in every language and phase)
codebook-item-id-values = Listed with its question and options at the end of this codebook
codebook-domain = Topic of the question
codebook-domain-values = risks, signs, actions, naloxone, myths, confidence
codebook-myth = The myth the question tests, if any
codebook-myth-values = See content/myths.toml; empty when none
codebook-chosen = Options chosen, separated by semicolons
codebook-chosen-values = Option identifiers, listed with each question at the end of this codebook; empty = no answer; 1–5 for confidence
codebook-correct = Whether the answer was right
codebook-correct-values = 1 = right, 0 = wrong or no answer, empty for confidence
codebook-attempt-complete = Whether the attempt was finished (every question has an answer row; a skipped one too)
codebook-attempt-complete-values = 1 = finished, 0 = partial (left out of scores and of the wide file)
codebook-consent-followup = Agreed to be contacted for follow-up
codebook-consent-followup-values = 1 = yes, 0 = no
codebook-kit = Naloxone kit
codebook-kit-values = at-training = handed out at the training, in-property = put in the person’s property for release, on-release = given on the release day, declined = not wanted; empty = nothing recorded
codebook-kit-date = Date of the kit
codebook-kit-date-values = YYYY-MM-DD; empty when not recorded
codebook-phase-mode = How the answers were given: { $phase }
codebook-phase-score = Percent right over all knowledge questions: { $phase }
codebook-phase-confidence = Mean confidence answer: { $phase }
codebook-phase-domain = Percent right, { $domain }: { $phase }
codebook-percent-values = 0–100, two decimals; empty when not taken or not finished
codebook-confidence-values = 1–5; empty when not taken
codebook-item = Right at { $phase }: { $question }
codebook-item-values = 1 = right, 0 = wrong or no answer, empty when not taken
codebook-right = {" "}(right)
codebook-questions = Question
results-partial = not finished
results-partial-note = { $count ->
    [one] One test was started but not finished: it is shown as such and left out of the scores.
   *[other] { $count } tests were started but not finished: they are shown as such and left out of the scores.
}
report-audit = Audit log when printed: { $count } entries, the newest ending in { $hash }.

# The Excel workbook's Summary sheet, and the analysis scripts written beside the CSV files.
workbook-title = Respond results
workbook-people = People with a finished quiz
workbook-mean = Mean score (% right)
workbook-sd = Standard deviation
workbook-domain = { $domain } (% right)
workbook-confidence = Mean confidence (1–5)
invalid-too-many-rows = Too many rows for one Excel sheet (more than a million): export the long CSV instead, or a smaller selection.
syntax-spss-header = SPSS syntax from Respond: reads { $file } with its variable and value labels. Open it in SPSS or PSPP and run it from the folder that holds the CSV file.
syntax-r-header = R script from Respond: reads { $file } (one row per person, phase and question) with its column types and labels. Run it from the folder that holds the CSV file.
syntax-right = right
syntax-wrong = wrong or no answer
syntax-yes = yes
syntax-no = no
syntax-finished = finished
syntax-partial = partial
