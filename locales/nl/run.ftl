# De begeleide sessie ("Sessie geven") voor ervaringsdeskundigen: gewone woorden, één stap tegelijk.
run-title = Sessie geven
run-start-button = Sessie geven
run-continue-button = Sessie voortzetten
run-steps = Stappen van de sessie
run-step-group = Groep
run-step-people = Wie is er
run-step-pre = Quiz vooraf
run-step-present = Presenteren
run-step-post = Quiz achteraf
run-step-print = Afdrukken
run-step-done = Klaar
run-pause = Nu even stoppen
run-hard-questions = Lastige vragen
run-hard-questions-help = Vragen die mensen vaak stellen, met een antwoord dat u kunt geven. Tik op een vraag om het antwoord te zien.
run-group-title = Voor wie is de sessie?
run-group-help = Kies de groep. De juiste modules en quiz komen vanzelf mee.
run-site = Waar is het? (vleugel, afdeling of plek)
run-trainers = Uw naam (die komt op de certificaten)
run-language = Taal van de sessie
run-start = Sessie beginnen
run-people-title = Wie is er?
run-people-help = Voeg iedereen toe en geef elke persoon de code die verschijnt. Daarmee doen ze de quiz. Een naam is niet verplicht.
run-name = Naam (niet verplicht)
run-person-language = Hun taal
run-name-unprintable = Deze naam kan niet op een certificaat worden gezet (alleen Latijnse, Griekse of Cyrillische letters): typ hem in die letters, anders krijgt deze persoon geen certificaat.
run-add = Deze persoon toevoegen
run-undo = { $code } weer weghalen
run-people-count = { $count ->
    [one] 1 persoon
   *[other] { $count } mensen
}
run-pre-title = Quiz vóór de training
run-pre-help = Iedereen doet de quiz één keer voordat u presenteert. Zo ziet u wat ze al weten.
run-post-title = Quiz na de training
run-post-help = Dezelfde quiz nog een keer, nu ze alles gehoord hebben. Zo ziet u wat ze geleerd hebben.
run-on-laptop = Op deze laptop, één voor één
run-on-paper = Op papier: antwoordbladen afdrukken
run-type-sheets = Antwoordbladen invoeren
run-test-done = Klaar: { $done } van de { $people }
run-present-title = De modules presenteren
run-present-help = Laat elke module op het scherm zien. Uw notities en de lastige vragen helpen bij wat mensen vragen.
run-present = Presenteren
run-print-title = Voor iedereen afdrukken
run-print-help = Certificaten, vrijlatingskaarten en hand-outs, elk in de taal van de persoon. Ze worden in de afdrukmap bewaard.
run-print-certificates = Certificaten
run-print-cards = Vrijlatingskaarten
run-print-handouts = Hand-outs
run-done-title = De sessie is vastgelegd
run-done-pre = Quiz vooraf: { $done } van de { $people }
run-done-post = Quiz achteraf: { $done } van de { $people }
run-done-remains = Nog te doen
run-done-missing-pre = { $count ->
    [one] 1 persoon heeft de quiz vooraf niet afgemaakt.
   *[other] { $count } mensen hebben de quiz vooraf niet afgemaakt.
}
run-done-missing-post = { $count ->
    [one] 1 persoon heeft de quiz achteraf niet afgemaakt.
   *[other] { $count } mensen hebben de quiz achteraf niet afgemaakt.
}
run-done-all = Iedereen heeft beide quizzen afgemaakt.
run-finish = Afronden
run-next = Volgende
run-back = Terug
mentor-title = Modus voor ervaringsdeskundigen
mentor-hint = Voor een ervaringsdeskundige die sessies geeft: de app toont alleen nog "Sessie geven", de modules en Afdrukken, in grotere letters, en niets kan worden verwijderd of gewijzigd. Kies een pincode om de modus weer te verlaten (de wachtzin werkt ook).
mentor-pin = Pincode om de modus te verlaten (4 tot 8 cijfers)
mentor-pin-again = Dezelfde pincode nog een keer
mentor-pin-invalid = De pincode moet 4 tot 8 cijfers hebben.
mentor-pin-mismatch = De twee pincodes zijn niet hetzelfde.
mentor-turn-on = Modus voor ervaringsdeskundigen aanzetten
mentor-leave = Modus voor ervaringsdeskundigen verlaten
mentor-leave-title = Modus voor ervaringsdeskundigen verlaten
mentor-leave-hint = Typ de pincode die bij het aanzetten is gekozen, of de wachtzin.
mentor-leave-wrong = Dat is niet de pincode en ook niet de wachtzin.
