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
nav-print = Print
nav-settings = Settings

area-not-ready = This part of Respond is not ready yet in this version. Here is what it will do:

modules-title = Training modules
modules-lead = The lessons you teach: read them, and present them on a projector with your notes beside you.
modules-plan-1 = Seven modules: overdose basics, the response step by step, naloxone and naltrexone, rescue breathing, fentanyl exposure, the first weeks after release, and myths.
modules-plan-2 = Each module in English, French, German, Dutch and Portuguese, with facilitator notes and sources.
modules-plan-3 = Presenter mode for the projector, with the notes on your screen only.

sessions-title = Sessions
sessions-lead = Plan a training, add the people taking part, and run the quizzes before and after.
sessions-plan-1 = Pick an audience, the modules, the site and the language.
sessions-plan-2 = Add participants quickly; each gets a short code instead of a name.
sessions-plan-3 = Quizzes on this laptop, on paper answer sheets, or as a group view on the projector.

followup-title = Follow-up
followup-lead = See who is due for a follow-up 3 to 6 months after their training, and test them again.
followup-plan-1 = Lists of who is due now, overdue or coming up, per site.
followup-plan-2 = Find a person by their code, without their name.
followup-plan-3 = A printable recall list and calendar dates.

results-title = Results
results-lead = See what people learned and what they still remember, without names.
results-plan-1 = Knowledge before, after and at follow-up, per topic and per myth.
results-plan-2 = Figures per site and per audience, with charts.
results-plan-3 = Exports for R, SPSS and Excel, and a report as a PDF.

print-title = Print
print-lead = Print certificates, myth-busting handouts and release cards, in each person's language.
print-plan-1 = Certificates for the whole group in one PDF, with a code anyone can check.
print-plan-2 = Handouts on the myths that matter to your audience.
print-plan-3 = A pocket-size release card with the response steps and local services.

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
