# Der übliche Schulungsort, in den Einstellungen.

site-title = Ihr Schulungsort
site-hint = Das Land bestimmt die Notrufnummer, die in den Modulen genannt wird. Die Hilfsangebote vor Ort erscheinen in den Modulen und auf der Entlassungskarte.
site-country = Land
site-country-none = Nicht festgelegt (112)
site-emergency-number = Notrufnummer in den Modulen: { $number }
site-local-services = Hilfsangebote vor Ort, eines pro Zeile
site-local-services-hint = Zum Beispiel: eine Kontaktstelle mit Adresse und Öffnungszeiten, eine Telefonberatung, wo man ein neues Naloxon-Notfallset bekommt.
site-save = Ort speichern
site-saved = Gespeichert.
