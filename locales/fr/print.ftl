# Mots imprimés sur les fiches « idées reçues » et sur la carte de sortie (src/pdf/), et
# messages de `respond print`.

## Fiches

print-myths-and-facts = Idées reçues et réalités
print-handout-title-custody = Naloxone, manque et kit à garder sur soi
print-handout-title-peers = Naloxone et surdose : des réponses pour les pairs aidants
print-handout-title-clinical = Surdose, naloxone et traitement : ce que disent les données
print-handout-title-officers = Contact avec le fentanyl et naloxone : les faits pour les agents pénitentiaires et les policiers
print-handout-intro-custody = Ce que l’on entend souvent sur la surdose et la naloxone, et ce qu’il en est vraiment.
print-handout-intro-peers = Ce que les personnes que vous accompagnez ont pu entendre, ce qu’il en est vraiment, et d’où viennent ces faits.
print-handout-intro-clinical = Des idées sur la surdose, la naloxone et le traitement que collègues et patients peuvent avoir, confrontées aux données.
print-handout-intro-officers = Ce que l’on dit souvent aux agents pénitentiaires et aux policiers sur le fentanyl et la naloxone, et ce qu’ont montré les toxicologues et les études.
# Une idée reçue en titre. Le titre de la diapositive commence déjà par « Idée reçue : » :
# il est repris tel quel ; la réalité en dessous commence par « Réalité : ».
print-myth = { $myth }
print-emergency-line = En cas d’urgence, appelez le { $number }.
print-page-of = Page { $page } sur { $pages }

## La carte de sortie : une feuille, pliée au format de poche

print-card-title = Que faire en cas de surdose ?
print-card-emergency = Numéro d’urgence
print-card-carry = La naloxone peut sauver une vie. Gardez votre kit sur vous et dites à vos proches où il se trouve.
print-card-tolerance = Après une période sans opioïdes, le corps en supporte beaucoup moins. Votre dose habituelle peut alors provoquer une surdose, surtout pendant les deux premières semaines. Si possible, ne consommez pas sans quelqu’un à vos côtés.
print-card-steps = Étape par étape
print-card-step-1 = Vérifiez qu’il n’y a pas de danger. Appelez la personne par son nom et secouez-la par les épaules.
print-card-step-2 = Pas de réaction ? Appelez le { $number }. Dites ce que vous voyez : « ne se réveille pas, ne respire pas ».
print-card-step-3 = Libérez les voies aériennes : basculez la tête en arrière et levez le menton. Vérifiez la respiration pendant 10 secondes au plus.
print-card-step-4 = Donnez la naloxone : une pulvérisation dans une narine, ou une injection dans la cuisse ou le haut du bras, sans retarder l’appel ni la réanimation.
print-card-step-5 = Ne respire pas normalement : réanimation, 30 compressions et 2 insufflations. Respire : position latérale de sécurité (PLS).
print-card-step-6 = Restez avec la personne. Pas de changement après 2 à 3 minutes ? Donnez une deuxième dose.
print-card-stay = Restez avec la personne
print-card-wears-off = L’effet de la naloxone dure de 30 à 90 minutes. Beaucoup d’opioïdes agissent plus longtemps : la respiration peut s’arrêter de nouveau. Restez jusqu’à l’arrivée des secours.
print-card-again = Si la respiration s’arrête de nouveau, donnez une autre dose.
print-card-waking = Au réveil, la personne peut se sentir mal et agitée. Restez calme, parlez avec douceur, expliquez ce qui s’est passé et demandez-lui de ne pas reconsommer tout de suite.
print-card-services = Services locaux
print-card-fold = Pliez le long des pointillés.

# Ce que l’application affiche quand un PDF ne peut pas être créé (code d’erreur « pdf »).
error-pdf = Le document n’a pas pu être créé. Rien n’a été enregistré.

## `respond print`

print-cli-written = Enregistré : { $path }
print-handout-title-personal = Vos réalités à garder
print-handout-intro-personal = À la fin de la formation, certaines réponses suivaient encore des idées reçues courantes. Voici les faits, à relire et à partager.

# La page Impression.
print-what = Que voulez-vous imprimer ?
print-kind-handout = Fiche idées reçues
print-kind-release-card = Carte de sortie
print-kind-personal-handout = Fiche personnelle
print-kind-answer-sheets = Feuilles de réponses
print-language = Langue du document
print-session = Séance
print-no-sessions = Aucune séance pour l’instant : créez-en une dans Séances.
print-participant = Participant
print-phase = Questionnaire
print-hint-handout = Les idées reçues qui comptent pour ce public, avec les faits et leurs sources.
print-hint-release-card = Une page à découper et à plier au format poche : que faire en cas de surdose, le numéro d’urgence et les services locaux des Réglages.
print-hint-personal-handout = Seulement les idées reçues que la personne croyait encore à la fin de la formation, dans sa langue.
print-hint-answer-sheets = Une feuille par personne, dans sa langue, avec son code.
print-preview = Afficher la première page
print-save = Enregistrer en PDF
print-save-as = Enregistrer sous…
print-personal-unavailable = Pas de fiche pour cette personne : elle n’a pas encore de réponses après la formation, ou elle a eu juste à toutes les idées reçues.
print-kind-certificates = Attestations
print-everyone = Toute la séance
print-own-language = La langue de chaque personne
print-hint-certificates = Une page par personne avec son nom, les modules, la date, le lieu et un code que chacun peut vérifier hors ligne. Chaque personne doit avoir un nom (Séances → Modifier).
print-folder = « Enregistrer en PDF » range les fichiers dans { $path }, un dossier que vous seul pouvez ouvrir sur cet ordinateur. « Enregistrer sous… » permet de choisir un autre endroit.
print-skipped-title = { $count ->
    [one] Une personne ne reçoit pas d’attestation :
   *[other] { $count } personnes ne reçoivent pas d’attestation :
}
print-skipped-no-name = pas de nom (ajoutez-le sur la page de la séance)
print-skipped-unprintable = le nom contient des lettres que l’attestation ne peut pas imprimer (latines, grecques ou cyrilliques seulement)
