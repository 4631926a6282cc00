# De gebruikelijke trainingslocatie, in Instellingen.

site-title = Uw trainingslocatie
site-hint = Het land bepaalt het noodnummer dat in de modules staat. De hulp in de buurt staat in de modules en op de vrijlatingskaart.
site-country = Land
site-country-none = Niet ingesteld (112)
site-emergency-number = Noodnummer in de modules: { $number }
site-local-services = Hulp in de buurt, één per regel
site-local-services-hint = Bijvoorbeeld: een inloopcentrum met adres en openingstijden, een hulplijn, waar je een nieuwe naloxonkit krijgt.
site-save = Locatie opslaan
site-saved = Opgeslagen.
