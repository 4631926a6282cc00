# Long jobs (exports, the report, backups, restores, bundle imports, the pool, sample data):
# their progress and the button that stops them, on screen and on the command line.

job-working = Working…
# $percent: 0 to 100.
job-progress = { $percent } %
job-cancel = Stop
job-stopping = Stopping…
error-cancelled = Stopped before the end. Nothing of it was kept.
