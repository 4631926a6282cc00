# Les textes de l'application. Gardez les identifiants ; traduisez le texte après « = ».

app-name = Respond
app-tagline = Formation : réagir face à une surdose
skip-to-content = Aller au contenu
nav-label = Sections principales
language-label = Langue
loading = Chargement…

nav-modules = Modules
nav-sessions = Séances
nav-followup = Suivi
nav-results = Résultats
nav-programme = Programme
nav-print = Impression
nav-settings = Réglages


modules-title = Modules de formation
modules-lead = Les leçons que vous enseignez : lisez-les, et projetez-les avec vos notes sous les yeux.

sessions-title = Séances
sessions-lead = Préparez une formation, ajoutez les participants et faites passer les questionnaires avant et après.

followup-title = Suivi
followup-lead = Voyez qui doit être revu 3 à 6 mois après sa formation, et faites-lui repasser le questionnaire.

results-title = Résultats
results-lead = Voyez ce que les participants ont appris et ce qu’ils ont retenu, sans aucun nom.

print-title = Impression
print-lead = Imprimez les attestations, les fiches sur les idées reçues et les cartes de sortie, dans la langue de chaque personne.

settings-title = Réglages
settings-language = Langue de l’application
settings-language-hint = Menus et boutons. Chaque séance et chaque personne peuvent avoir leur propre langue.
settings-text-size = Taille du texte
settings-text-size-hint = Un texte plus grand se lit mieux au vidéoprojecteur.
text-size-normal = Normale
text-size-large = Grande
text-size-larger = Très grande
settings-data = Vos données
settings-data-location = Respond garde tout sur cet ordinateur, dans ce dossier :
settings-version = Respond version { $version }

error-title = Un problème est survenu
error-database = La base de données n’a pas pu être lue ou écrite. Rien n’a été modifié.
error-migration = La base de données n’a pas pu être mise à jour. Vos données sont intactes et une sauvegarde a été conservée.
error-io = Un fichier n’a pas pu être lu ou écrit. Vérifiez que le disque n’est pas plein.
error-no-data-dir = Respond n’a trouvé aucun dossier où garder ses données.
error-unknown-language = Cette langue n’est pas disponible.
error-internal = Respond a rencontré un problème inattendu. Rien n’a été modifié.
error-retry = Réessayer

# La date de la séance : $day et $month sont des nombres (mois de 1 à 12), $year l’année.
date-long = { $day ->
    [1] 1er
   *[other] { $day }
} { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
} { $year }
# Ce qu’affiche un champ de date vide : jour, mois, année, dans l’ordre et les mots de la langue.
date-placeholder = jj/mm/aaaa
