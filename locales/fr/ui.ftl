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
nav-print = Impression
nav-settings = Réglages

area-not-ready = Cette partie de Respond n’est pas encore prête dans cette version. Voici ce qu’elle permettra :

modules-title = Modules de formation
modules-lead = Les leçons que vous enseignez : lisez-les, et projetez-les avec vos notes sous les yeux.
modules-plan-1 = Sept modules : ce qu’est une surdose, la conduite à tenir étape par étape, naloxone et naltrexone, les insufflations, l’exposition au fentanyl, les premières semaines après la sortie, et les idées reçues.
modules-plan-2 = Chaque module en anglais, français, allemand, néerlandais et portugais, avec les notes pour le formateur et les sources.
modules-plan-3 = Un mode présentation pour le vidéoprojecteur, avec les notes sur votre écran seulement.

sessions-title = Séances
sessions-lead = Préparez une formation, ajoutez les participants et faites passer les questionnaires avant et après.
sessions-plan-1 = Choisissez le public, les modules, le lieu et la langue.
sessions-plan-2 = Ajoutez les participants rapidement ; chacun reçoit un code court au lieu d’un nom.
sessions-plan-3 = Questionnaires sur cet ordinateur, sur feuilles de réponses ou en vue de groupe au vidéoprojecteur.

followup-title = Suivi
followup-lead = Voyez qui doit être revu 3 à 6 mois après sa formation, et faites-lui repasser le questionnaire.
followup-plan-1 = La liste des personnes à revoir maintenant, en retard ou bientôt, par lieu.
followup-plan-2 = Retrouvez une personne par son code, sans son nom.
followup-plan-3 = Une liste de rappel à imprimer et les dates pour l’agenda.

results-title = Résultats
results-lead = Voyez ce que les participants ont appris et ce qu’ils ont retenu, sans aucun nom.
results-plan-1 = Les connaissances avant, après et au suivi, par thème et par idée reçue.
results-plan-2 = Les chiffres par lieu et par public, avec des graphiques.
results-plan-3 = Des exports pour R, SPSS et Excel, et un rapport en PDF.

print-title = Impression
print-lead = Imprimez les attestations, les fiches sur les idées reçues et les cartes de sortie, dans la langue de chaque personne.
print-plan-1 = Les attestations de tout le groupe dans un seul PDF, avec un code que chacun peut vérifier.
print-plan-2 = Des fiches sur les idées reçues qui comptent pour votre public.
print-plan-3 = Une carte de sortie au format poche, avec les étapes à suivre et les services locaux.

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
