# De teksten van de app. Laat de namen staan; vertaal de tekst na "=".

app-name = Respond
app-tagline = Training: reageren op een overdosis
skip-to-content = Naar de inhoud
nav-label = Hoofdonderdelen
language-label = Taal
loading = Bezig met laden…

nav-modules = Modules
nav-sessions = Sessies
nav-followup = Follow-up
nav-results = Resultaten
nav-programme = Programma
nav-print = Afdrukken
nav-settings = Instellingen


modules-title = Trainingsmodules
modules-lead = De lessen die u geeft: lees ze door en toon ze op de projector, met uw notities ernaast.

sessions-title = Sessies
sessions-lead = Plan een training, voeg de deelnemers toe en neem de vragenlijsten af vóór en na de training.

followup-title = Follow-up
followup-lead = Bekijk wie 3 tot 6 maanden na de training aan de beurt is voor een follow-up, en test opnieuw.

results-title = Resultaten
results-lead = Bekijk wat mensen geleerd hebben en wat ze nog weten, zonder namen.

print-title = Afdrukken
print-lead = Druk certificaten, hand-outs over fabels en feiten en vrijlatingskaarten af, in de taal van elke persoon.

settings-title = Instellingen
settings-language = Taal van de app
settings-language-hint = Menu's en knoppen. Elke sessie en elke persoon kan een eigen taal hebben.
settings-text-size = Tekstgrootte
settings-text-size-hint = Grotere tekst is beter leesbaar op een projector.
text-size-normal = Normaal
text-size-large = Groot
text-size-larger = Groter
settings-data = Uw gegevens
settings-data-location = Respond bewaart alles op deze computer, in deze map:
settings-version = Respond versie { $version }

error-title = Er ging iets mis
error-database = De database kon niet worden gelezen of geschreven. Er is niets gewijzigd.
error-migration = De database kon niet worden bijgewerkt. Uw gegevens zijn ongewijzigd en er is een reservekopie bewaard.
error-io = Een bestand kon niet worden gelezen of geschreven. Controleer of de schijf niet vol is.
error-no-data-dir = Respond vond geen map om zijn gegevens in te bewaren.
error-unknown-language = Deze taal is niet beschikbaar.
error-internal = Respond stuitte op een onverwacht probleem. Er is niets gewijzigd.
error-retry = Opnieuw proberen

# De datum van de sessie: $day en $month zijn getallen (maand 1 tot 12), $year is het jaar.
date-long = { $day } { $month ->
    [1] januari
    [2] februari
    [3] maart
    [4] april
    [5] mei
    [6] juni
    [7] juli
    [8] augustus
    [9] september
    [10] oktober
    [11] november
   *[12] december
} { $year }
# Wat een leeg datumveld toont: dag, maand, jaar, in de volgorde en woorden van de taal.
date-placeholder = dd-mm-jjjj
