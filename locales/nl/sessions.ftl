# Sessies, de deelnemerslijst, de vragenlijsten (op de laptop, invoer van papieren antwoordbladen, groepsweergave) en de resultaten van een sessie.

session-new = Nieuwe sessie
session-edit = Sessie bewerken
session-save = Sessie opslaan
sessions-none = Nog geen sessies. Begin met "Nieuwe sessie".
sessions-back = Alle sessies
session-date = Datum
session-site = Locatie
session-audience = Doelgroep
session-language = Taal van de sessie
session-participants = Deelnemers
session-status = Status
session-open = Open
session-closed = Afgesloten
session-close = Sessie afsluiten
session-close-future = Deze sessie heeft als datum { $date }, en die moet nog komen. Door af te sluiten begint de planning van de follow-up vanaf die datum. Toch afsluiten?
session-reopen = Sessie heropenen
session-template-hint = Als u een doelgroep kiest, worden de bijbehorende modules en vragenlijst geselecteerd; u kunt ze aanpassen.
session-trainers = Trainer(s)
session-modules = Gegeven modules
session-quiz = Vragenlijst (dezelfde vóór en na)
quiz-items = { $count ->
    [one] 1 vraag
   *[other] { $count } vragen
}
save = Opslaan
cancel = Annuleren
yes = Ja
no = Nee
invalid-date = Dit is geen datum. Typ dag, maand en jaar, bijv. 14-01-2027.
invalid-required = Dit is verplicht.
invalid-modules = Kies minstens één module.
invalid-date-range = Vul een datum tussen 1990 en 2100 in.
invalid-too-long = Dit is te lang: hoogstens 200 tekens.
invalid-control-characters = Haal de onzichtbare stuurtekens weg (tabs, regeleinden).
invalid-unknown = Respond kent deze keuze niet. Kies er een uit de lijst.
invalid-has-answers = Voor deze persoon zijn al antwoorden opgeslagen: gebruik Verwijderen, dat eerst om bevestiging vraagt.
error-invalid-input = Een deel van wat is ingevuld kan niet worden opgeslagen. Controleer de velden en probeer het opnieuw.
error-not-found = Dit is niet gevonden. Misschien is het verwijderd.

roster-title = Deelnemers
roster-name = Naam (alleen voor een certificaat)
roster-name-hint = Leeg laten om alleen de code te gebruiken
roster-name-column = Naam
roster-language = Taal
roster-release = Datum van vrijlating
roster-consent = Gaat akkoord met contact voor de follow-up
roster-consent-short = Follow-up
roster-add = Toevoegen
roster-hint = Typ een naam (of niets) en druk op Enter: iedereen krijgt een code voor zijn of haar kaart. De cursor staat daarna klaar voor de volgende persoon.
roster-code = Code
roster-sgic = Eigen code
roster-actions = Acties
roster-details = Gegevens
roster-edit = Bewerken
roster-remove = Verwijderen
# $who is de persoon: naam en code, bijv. "Maria Santos (K7M-R4T)", of alleen de code.
roster-remove-confirm = { $who } en alle antwoorden van deze persoon verwijderen?
roster-added = { $code } toegevoegd.
roster-undo = Ongedaan maken: { $code } weer weghalen
roster-remove-action = { $code } verwijderen
roster-edit-title = Deelnemer { $code }
sgic-title = Eigen code (om iemand bij de follow-up zonder naam terug te vinden)
sgic-hint = Vraag het aan de persoon zelf; die kan maanden later dezelfde antwoorden geven.
sgic-parent = Eerste twee letters van de voornaam van een ouder
sgic-month = Geboortemaand (1–12)
sgic-siblings = Aantal oudere broers en zussen
sgic-place = Eerste letter van de geboorteplaats
sgic-incomplete = Vul alle vier delen van de eigen code in, of geen enkel deel.

tests-title = Vragenlijsten
phase-pre = Vóór de training
phase-post = Na de training
phase-followup = Follow-up
tests-kiosk = Op deze laptop
tests-grid = Antwoordbladen invoeren
tests-group = Groepsweergave
tests-hint = Vóór en na de training wordt dezelfde vragenlijst gebruikt. Antwoorden worden meteen opgeslagen.

kiosk-pin-title = Kies een pincode voor de trainer
kiosk-pin-hint = De vragenlijst vult het hele scherm. Deelnemers kunnen het scherm niet verlaten; u verlaat het met deze pincode (4 tot 8 cijfers).
kiosk-pin-invalid = Gebruik 4 tot 8 cijfers.
kiosk-pin-again = Dezelfde pincode nog een keer
kiosk-pin-mismatch = De twee pincodes zijn niet hetzelfde.
kiosk-start = Starten
kiosk-unlock-title = Pincode van de trainer
error-kiosk-active = Het vragenlijstscherm staat open. De trainer verlaat het eerst met de pincode.
error-mentor-mode = Dit kan niet in de modus voor ervaringsdeskundigen. Verlaat die modus eerst met de pincode (rechtsboven).
kiosk-unlock-hint = De pincode van de trainer, of de wachtzin van Respond.
kiosk-tries-left = { $tries ->
    [one] Dat is niet de juiste pincode. Nog één foute poging en Respond gaat op slot.
   *[other] Dat is niet de juiste pincode. Nog { $tries } foute pogingen en Respond gaat op slot.
}
kiosk-leave = Vragenlijstscherm verlaten
kiosk-back-to-quiz = Terug
kiosk-trainer-leave = Trainer
kiosk-code-title = Je code
kiosk-code-hint = Typ de code die op je kaart staat.
kiosk-code-unknown = Deze code hoort niet bij deze sessie. Controleer je kaart of vraag het aan de trainer.
kiosk-begin = Beginnen
kiosk-progress = Vraag { $current } van { $total }
kiosk-multi-hint = Je kunt er meerdere kiezen. Ben je klaar, druk dan op Volgende.
kiosk-previous = Terug
kiosk-next = Volgende
kiosk-skip = Overslaan
kiosk-review-title = Jouw antwoorden en de juiste antwoorden
kiosk-your-answer = Jouw antwoord
kiosk-right-answer = Juist antwoord
kiosk-finish = Afronden
kiosk-thanks = Bedankt!
kiosk-hand-back = Geef de laptop terug aan de trainer.
kiosk-next-person = Volgende persoon

grid-title = Antwoordbladen: { $phase }
grid-save = Opslaan
grid-close = Opslaan en sluiten
grid-hint = Eén rij per persoon, één vakje per vraag. Typ de letter die op het blad is aangekruist (A, B, C…; waar / niet waar / weet ik niet zijn A / B / C; eens/oneens is 1–5); de cursor gaat vanzelf verder. Kolommen met + nemen meerdere letters; ga daarna met → verder. Met de pijltoetsen gaat u naar een ander vakje; Enter gaat naar de volgende persoon.
grid-key-refused = Deze vraag neemt alleen { $keys } aan.
grid-status = Opgeslagen?
grid-cell = { $code }, vraag { $number }
grid-status-saved = Opgeslagen
grid-status-dirty = Nog niet opgeslagen
grid-status-invalid = Controleer de rode vakjes
grid-status-empty = Geen antwoorden

group-reveal = Toon hoe de groep antwoordde
group-facts = Toon de feiten
group-answered = Geantwoord: { $answered } van de { $people } mensen.
group-answered-so-far = Tot nu toe geantwoord: { $answered } van de { $people } mensen
group-waiting = Nog niet geantwoord (alleen op dit scherm):
group-privacy = Alleen totalen worden getoond: geen namen, geen codes.

results-session-title = Scores
results-domains-caption = Aandeel juiste antwoorden, per onderwerp
results-domain = Onderwerp
results-knowledge = Alle kennisvragen
results-people-caption = Per persoon
domain-risks = Risico's
domain-signs = Tekenen
domain-actions = Wat te doen
domain-naloxone = Naloxon
domain-myths = Fabels
domain-confidence = Zelfvertrouwen (1–5)

# Paper answer sheets, and saving what was printed.
sheet-document-title = Antwoordbladen
sheet-code = Code
sheet-instruction = Kruis per vraag één vakje aan, tenzij de vraag zegt dat je alle juiste antwoorden moet aankruisen. Twijfel je? Kruis "Weet ik niet" aan als de vraag dat heeft; laat de vraag anders leeg.
sheet-footer = Antwoordblad { $code }
sheet-footer-blank = Antwoordblad zonder code
sheet-page = pagina { $page }
sheet-code-write = Schrijf hier je code
print-saved = Opgeslagen: { $path }
print-open = Openen
print-sheets = Antwoordbladen afdrukken
paper-size = Papierformaat
session-delete = Sessie verwijderen
session-delete-confirm = { $people ->
    [0] Deze sessie verwijderen? Eerst wordt een back-up gemaakt.
    [one] Deze sessie verwijderen, met de ene deelnemer en diens antwoorden? Eerst wordt een back-up gemaakt.
   *[other] Deze sessie verwijderen, met de { $people } deelnemers en al hun antwoorden? Eerst wordt een back-up gemaakt.
}
session-delete-action = { $date } · { $site } verwijderen

kit-label = Naloxonkit
kit-none = Niet ingevoerd
kit-status-at-training = Uitgereikt bij de training
kit-status-in-property = Bij de bezittingen gelegd voor vrijlating
kit-status-on-release = Gegeven op de dag van vrijlating
kit-status-declined = Niet gewenst
kit-date = Datum van de kit
