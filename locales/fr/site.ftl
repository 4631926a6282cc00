# Le lieu de formation habituel, dans les Réglages.

site-title = Votre lieu de formation
site-hint = Le pays détermine le numéro d’urgence cité dans les modules. Les services locaux apparaissent dans les modules et sur la carte de sortie.
site-country = Pays
site-country-none = Non défini (112)
site-emergency-number = Numéro d’urgence dans les modules : { $number }
site-local-services = Services locaux, un par ligne
site-local-services-hint = Par exemple : un centre d’accueil avec son adresse et ses horaires, une ligne d’écoute, où obtenir un nouveau kit de naloxone.
site-save = Enregistrer le lieu
site-saved = Enregistré.
