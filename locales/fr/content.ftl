# Les mots qui accompagnent le contenu de formation, dans la langue du contenu, et les
# problèmes que `respond validate` trouve dans les fichiers de contenu.

audience-custody = Personnes détenues
audience-peers = Pairs aidants
audience-clinical = Personnel soignant
audience-officers = Agents pénitentiaires et policiers
# Relie deux numéros d’urgence, p. ex. « 15 ou 112 ».
emergency-number-or = { $first } ou { $second }
local-services-none = Demandez la liste des services locaux à l’équipe soignante.

problem-content-no-header = le fichier doit commencer par un en-tête entre deux lignes +++
problem-content-unclosed-header = l’en-tête n’a pas de ligne +++ de fermeture
problem-content-toml = le TOML est illisible : { $error }
problem-content-empty-field = « { $field } » manque ou est vide
problem-content-heading-without-id = la diapositive « { $heading } » n’a pas d’identifiant : écrivez ## { $heading } {"{"}#un-id{"}"}
problem-content-text-before-slides = le texte avant le premier titre de diapositive (## …) n’est affiché nulle part
problem-content-notes-twice = la diapositive « { $id } » a plus d’une ligne ???
problem-content-duplicate-slide = l’identifiant de diapositive « { $id } » est utilisé deux fois
problem-content-empty-slide = la diapositive « { $id } » n’a rien à afficher
problem-content-no-notes = la diapositive « { $id } » n’a pas de notes pour le formateur (une ligne ???, puis les notes)
problem-content-no-slides = ce module n’a aucune diapositive
problem-content-unknown-placeholder = champ inconnu {"{{"}{ $name }{"}}"} : utilisez {"{{"}emergency_number{"}}"} ou {"{{"}local_services{"}}"}
problem-content-placeholder-not-alone = {"{{"}{ $name }{"}}"} doit être seul sur sa ligne
problem-content-raw-html = le HTML n’est pas autorisé dans le contenu : utilisez le Markdown
problem-content-missing-image = l’image « { $name } » n’est pas dans content/diagrams
problem-content-bad-link = le lien « { $url } » doit commencer par https://, http:// ou mailto:
problem-content-missing-file = ce fichier manque
problem-content-missing-language = le module « { $id } » n’a pas de texte en { $lang }
problem-content-id-mismatch = l’identifiant « { $id } » diffère du nom du dossier « { $folder } »
problem-content-no-sources = le module ne cite aucune source ([[sources]] avec un texte)
problem-content-slide-order = la diapositive « { $found } » est à la place de « { $expected } » en anglais : mêmes diapositives, même ordre dans chaque langue
problem-content-slide-missing = la diapositive « { $id } » du texte anglais manque ici
problem-content-slide-extra = la diapositive « { $id } » n’existe pas dans le texte anglais
problem-content-unknown-module = aucun module n’a l’identifiant « { $id } »
problem-content-unknown-quiz = aucun questionnaire n’a l’identifiant « { $id } »
problem-content-not-a-file = pas un fichier ordinaire (un lien, un tube ou un périphérique) : non lu
problem-content-too-large = plus de 1 Mo : non lu
problem-content-too-deep = dossiers imbriqués trop profondément : non lus
problem-content-myth-without-slide = l’idée reçue « { $id } » n’a pas de diapositive « { $slide } » dans le module des idées reçues
problem-content-no-emergency-number = le pays « { $code } » n’a pas de numéro d’urgence
problem-diagram-unsafe = un schéma ne peut pas contenir « { $what } »
problem-diagram-no-labels = le fichier des légendes de ce schéma manque
problem-diagram-missing-language = aucune légende en { $lang }
problem-diagram-missing-label = la légende « { $key } » manque en { $lang }

# Pays d’un lieu de formation (codes ISO 3166-1, comme dans content/countries.toml).
country-AT = Autriche
country-BE = Belgique
country-CH = Suisse
country-DE = Allemagne
country-ES = Espagne
country-FR = France
country-GB = Royaume-Uni
country-IE = Irlande
country-IT = Italie
country-LU = Luxembourg
country-NL = Pays-Bas
country-PT = Portugal
problem-roleplay-audience-twice = la grille « { $id } » indique un public déjà attribué à une autre grille
problem-roleplay-duplicate = l’identifiant « { $id } » figure deux fois dans une même grille
problem-roleplay-no-checklist = aucune grille de mise en situation n’est prévue pour le public « { $audience } »
problem-roleplay-missing-text = « { $id } » n’a pas de texte en { $lang }
