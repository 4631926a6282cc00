# The desktop app's words. Keep the message ids; translate the text after "=".

app-name = Respond
app-tagline = Overdose response training
skip-to-content = Skip to content
nav-label = Main sections
language-label = Language
loading = Loading…

nav-modules = Modules
nav-sessions = Sessions
nav-followup = Follow-up
nav-results = Results
nav-programme = Programme
nav-print = Print
nav-settings = Settings


modules-title = Training modules
modules-lead = The lessons you teach: read them, and present them on a projector with your notes beside you.

sessions-title = Sessions
sessions-lead = Plan a training, add the people taking part, and run the quizzes before and after.

followup-title = Follow-up
followup-lead = See who is due for a follow-up 3 to 6 months after their training, and test them again.

results-title = Results
results-lead = See what people learned and what they still remember, without names.

print-title = Print
print-lead = Print certificates, myth-busting handouts and release cards, in each person's language.

settings-title = Settings
settings-language = Language of the app
settings-language-hint = Menus and buttons. Each session and each person can have their own language.
settings-text-size = Text size
settings-text-size-hint = Larger text reads better on a projector.
text-size-normal = Normal
text-size-large = Large
text-size-larger = Larger
settings-data = Your data
settings-data-location = Respond keeps everything on this computer, in this folder:
settings-version = Respond version { $version }

error-title = Something went wrong
error-database = The database could not be read or written. Nothing was changed.
error-migration = The database could not be upgraded. Your data is as it was, and a backup was kept.
error-io = A file could not be read or written. Check that the disk is not full.
error-no-data-dir = Respond found no folder to keep its data in.
error-unknown-language = This language is not available.
error-internal = Respond hit an unexpected problem. Nothing was changed.
error-retry = Try again

# A date in words, as certificates, the report and the app's lists write it: $day and $month
# are numbers (month 1 to 12), $year is the year.
date-long = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
# What a date field shows while empty: day, month, year, in this language's order and words.
date-placeholder = dd/mm/yyyy
