## Het rollenspel: een trainer beoordeelt wat een deelnemer doet bij een nagespeelde overdosis.

roleplay-title = Rollenspel
roleplay-open = Rollenspel beoordelen
roleplay-lead = Kijk hoe één persoon, of een tweetal, reageert op een overdosis met de oefenpop. Druk op Starten als ze beginnen en vink elke stap aan zodra die gebeurt: het tijdstip wordt bewaard.
roleplay-who = Wie komt in actie
roleplay-partner = Samen met
roleplay-alone = Niemand: alleen
roleplay-phase = Wanneer
roleplay-start = Starten
roleplay-restart = Opnieuw beginnen
roleplay-elapsed = Tijd
roleplay-steps = Stappen
roleplay-critical = cruciaal
roleplay-errors = Cruciale fouten
roleplay-note = Notitie (niet verplicht)
roleplay-save = Rollenspel opslaan
roleplay-cancel = Annuleren
roleplay-keys = Toetsen: spatie start de klok, 1 tot 9 vinken een stap aan, Enter slaat op. Een stap nog een keer aanvinken maakt het vinkje ongedaan.
roleplay-not-started = Druk op Starten als het rollenspel begint.
roleplay-discard-question = Dit rollenspel weggooien? De vinkjes en de tijd gaan verloren.
roleplay-discard = Weggooien
roleplay-replace = { $code } heeft voor dit moment al een rollenspel. Bij opslaan wordt dat vervangen.
roleplay-saved = Opgeslagen: het rollenspel van { $code }.
roleplay-saved-pair = Opgeslagen: het rollenspel van { $first } en { $second }.
invalid-same-person = Kies twee verschillende mensen voor een tweetal.
roleplay-done = Rollenspellen: { $done } van de { $people }
roleplay-none-yet = Nog geen rollenspel beoordeeld.
roleplay-at = na { $time }
roleplay-ticked = Gedaan na { $time }
roleplay-scored = Beoordeelde rollenspellen voor dit moment
roleplay-summary = { $steps ->
    [one] 1 stap
   *[other] { $steps } stappen
}, { $errors ->
    [one] 1 fout
   *[other] { $errors } fouten
}
roleplay-remove = Rollenspel van { $code } verwijderen
roleplay-remove-question = Het rollenspel van { $code } voor dit moment verwijderen? De afgevinkte stappen en tijden worden gewist. Bij een tweetal blijft het rollenspel van de ander bewaard.
roleplay-debrief = Om samen te bespreken: { $marks }
roleplay-all-done = Alle cruciale stappen gedaan, geen cruciale fout.

## Resultaten: de vaardigheden die in de rollenspellen te zien waren.

results-roleplay-title = Vaardigheden in het rollenspel
results-roleplay-note = Aandeel mensen dat elke stap deed, per moment. De tijden lopen vanaf het begin van het rollenspel.
results-roleplay-step = Stap
results-roleplay-people = Mensen met een rollenspel
results-roleplay-all-critical = Alle cruciale stappen gedaan
results-roleplay-any-error = Cruciale fout gemaakt
results-roleplay-time-call = Mediane tijd tot bellen
results-roleplay-time-naloxone = Mediane tijd tot naloxon
results-roleplay-pairs = { $pairs } mensen hadden een rollenspel vóór en na de training: alle cruciale stappen gedaan { $from } → { $to }.
results-roleplay-none = Geen rollenspellen in deze selectie.
results-roleplay-seconds = { $minutes ->
    [0] { $seconds } s
   *[other] { $minutes } min { $seconds } s
}

## De kolommen over het rollenspel in de csv in breed formaat, in het codeboek.

codebook-phase-rp-critical = Alle cruciale stappen van het rollenspel gedaan: { $phase }
codebook-phase-rp-errors = Aantal cruciale fouten gezien in het rollenspel: { $phase }
codebook-phase-rp-call = Seconden vanaf het begin van het rollenspel tot het bellen: { $phase }
codebook-phase-rp-naloxone = Seconden vanaf het begin van het rollenspel tot de naloxon: { $phase }
codebook-rp-critical-values = 1 = ja, 0 = nee; leeg als er geen rollenspel was
codebook-rp-errors-values = Geheel getal; leeg als er geen rollenspel was
codebook-rp-seconds-values = Hele seconden; leeg als de stap niet gedaan is of als er geen rollenspel was
