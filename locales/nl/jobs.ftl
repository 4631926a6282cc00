# Lange taken (exports, rapport, back-ups, herstellen, pakketten importeren, de pool, voorbeeldgegevens):
# hun voortgang en de knop die ze stopt, op het scherm en op de opdrachtregel.

job-working = Bezig…
# $percent: 0 tot 100.
job-progress = { $percent }%
job-cancel = Stoppen
job-stopping = Wordt gestopt…
error-cancelled = Gestopt voor het einde. Er is niets van bewaard.
