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
nav-print = Afdrukken
nav-settings = Instellingen

area-not-ready = Dit deel van Respond is in deze versie nog niet klaar. Straks kunt u hier het volgende doen:

modules-title = Trainingsmodules
modules-lead = De lessen die u geeft: lees ze door en toon ze op de projector, met uw notities ernaast.
modules-plan-1 = Zeven modules: wat een overdosis is, stap voor stap reageren, naloxon en naltrexon, beademing, blootstelling aan fentanyl, de eerste weken na vrijlating, en fabels en feiten.
modules-plan-2 = Elke module in het Engels, Frans, Duits, Nederlands en Portugees, met notities voor de trainer en bronnen.
modules-plan-3 = Een presentatiemodus voor de projector, met de notities alleen op uw scherm.

sessions-title = Sessies
sessions-lead = Plan een training, voeg de deelnemers toe en neem de vragenlijsten af vóór en na de training.
sessions-plan-1 = Kies de doelgroep, de modules, de locatie en de taal.
sessions-plan-2 = Voeg deelnemers snel toe; iedereen krijgt een korte code in plaats van een naam.
sessions-plan-3 = Vragenlijsten op deze laptop, op papieren antwoordbladen of als groepsweergave op de projector.

followup-title = Follow-up
followup-lead = Bekijk wie 3 tot 6 maanden na de training aan de beurt is voor een follow-up, en test opnieuw.
followup-plan-1 = Lijsten per locatie: wie nu aan de beurt is, wie te laat is en wie binnenkort volgt.
followup-plan-2 = Iemand terugvinden met zijn of haar code, zonder naam.
followup-plan-3 = Een oproeplijst om af te drukken, en datums voor de agenda.

results-title = Resultaten
results-lead = Bekijk wat mensen geleerd hebben en wat ze nog weten, zonder namen.
results-plan-1 = Kennis vóór en na de training en bij de follow-up, per onderwerp en per fabel.
results-plan-2 = Cijfers per locatie en per doelgroep, met grafieken.
results-plan-3 = Exports voor R, SPSS en Excel, en een rapport als pdf.

print-title = Afdrukken
print-lead = Druk certificaten, hand-outs over fabels en feiten en vrijlatingskaarten af, in de taal van elke persoon.
print-plan-1 = Certificaten voor de hele groep in één pdf, met een code die iedereen kan controleren.
print-plan-2 = Hand-outs over de fabels die voor uw doelgroep belangrijk zijn.
print-plan-3 = Een vrijlatingskaart op zakformaat met de stappen bij een overdosis en de hulp in de buurt.

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
