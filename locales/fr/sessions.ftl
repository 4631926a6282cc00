# Séances, liste des participants, questionnaires (sur l’ordinateur, saisie des feuilles de réponses, vue de groupe) et résultats de la séance.

session-new = Nouvelle séance
session-edit = Modifier la séance
session-save = Enregistrer la séance
sessions-none = Aucune séance pour l’instant. Commencez par « Nouvelle séance ».
sessions-back = Toutes les séances
session-date = Date
session-site = Lieu
session-audience = Public
session-language = Langue de la séance
session-participants = Participants
session-status = Statut
session-open = Ouverte
session-closed = Clôturée
session-close = Clôturer la séance
session-close-future = Cette séance est datée du { $date }, qui n’est pas encore passé. La clore lance le calendrier de suivi à partir de cette date. La clore quand même ?
session-reopen = Rouvrir la séance
session-template-hint = Choisir un public sélectionne ses modules et son questionnaire ; vous pouvez les modifier.
session-trainers = Formateur(s)
session-modules = Modules dispensés
session-quiz = Questionnaire (le même avant et après)
quiz-items = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
save = Enregistrer
cancel = Annuler
yes = Oui
no = Non
invalid-date = Ce n’est pas une date. Tapez le jour, le mois et l’année, par ex. 14/01/2027.
invalid-required = Ce champ est obligatoire.
invalid-modules = Choisissez au moins un module.
invalid-date-range = Indiquez une date entre 1990 et 2100.
invalid-too-long = C’est trop long : 200 caractères au plus.
invalid-control-characters = Retirez les caractères de contrôle invisibles (tabulations, retours à la ligne).
invalid-unknown = Respond ne connaît pas ce choix. Choisissez-en un dans la liste.
invalid-has-answers = Des réponses sont déjà enregistrées pour cette personne : utilisez Retirer, qui demande d’abord.
error-invalid-input = Certaines données saisies ne peuvent pas être enregistrées. Vérifiez les champs et réessayez.
error-not-found = Élément introuvable. Il a peut-être été supprimé.

roster-title = Participants
roster-name = Nom (seulement pour l’attestation)
roster-name-hint = Laisser vide pour n’utiliser que le code
roster-name-column = Nom
roster-language = Langue
roster-release = Date de sortie
roster-consent = Accepte d’être recontacté(e) pour le suivi
roster-consent-short = Suivi
roster-add = Ajouter
roster-hint = Tapez un nom (ou rien) et appuyez sur Entrée : chaque personne reçoit un code pour sa carte. Le curseur revient pour la personne suivante.
roster-code = Code
roster-sgic = Code personnel
roster-actions = Actions
roster-details = Détails
roster-edit = Modifier
roster-remove = Retirer
# $who est la personne : son nom et son code, p. ex. « Maria Santos (K7M-R4T) », ou le code seul.
roster-remove-confirm = Retirer { $who } et toutes ses réponses ?
roster-added = { $code } est dans la liste.
roster-undo = Annuler : retirer { $code }
roster-remove-action = Retirer { $code }
roster-edit-title = Participant { $code }
sgic-title = Code personnel (pour retrouver la personne au suivi sans son nom)
sgic-hint = Posez les questions à la personne ; elle pourra donner les mêmes réponses des mois plus tard.
sgic-parent = Deux premières lettres du prénom d’un parent
sgic-month = Mois de naissance (1–12)
sgic-siblings = Nombre de frères et sœurs plus âgés
sgic-place = Première lettre de la ville de naissance
sgic-incomplete = Remplissez les quatre parties du code personnel, ou aucune.

tests-title = Questionnaires
phase-pre = Avant la formation
phase-post = Après la formation
phase-followup = Suivi
tests-kiosk = Sur cet ordinateur
tests-grid = Saisir les feuilles de réponses
tests-group = Vue de groupe
tests-hint = Le même questionnaire sert avant et après. Les réponses sont enregistrées dès qu’elles sont données.

kiosk-pin-title = Choisissez un code PIN de formateur
kiosk-pin-hint = Le questionnaire s’affiche en plein écran. Les participants ne peuvent pas en sortir ; vous en sortez avec ce code PIN (4 à 8 chiffres).
kiosk-pin-invalid = Utilisez 4 à 8 chiffres.
kiosk-pin-again = Le même code PIN encore une fois
kiosk-pin-mismatch = Les deux codes PIN ne sont pas identiques.
kiosk-start = Démarrer
kiosk-unlock-title = Code PIN du formateur
error-kiosk-active = L’écran du questionnaire est ouvert. La personne qui anime la séance le quitte d’abord avec son code PIN.
error-mentor-mode = Ce n’est pas possible en mode pair aidant. Quittez d’abord ce mode avec son code PIN (en haut à droite).
kiosk-unlock-hint = Le code PIN du formateur, ou la phrase secrète de Respond.
kiosk-tries-left = { $tries ->
    [one] Ce n’est pas le bon code PIN. Encore un essai erroné et Respond se verrouille.
   *[other] Ce n’est pas le bon code PIN. Encore { $tries } essais erronés et Respond se verrouille.
}
kiosk-leave = Quitter l’écran du questionnaire
kiosk-back-to-quiz = Retour
kiosk-trainer-leave = Formateur
kiosk-code-title = Votre code
kiosk-code-hint = Tapez le code inscrit sur votre carte.
kiosk-code-unknown = Ce code ne correspond pas à cette séance. Vérifiez votre carte ou demandez à la personne qui anime la séance.
kiosk-begin = Commencer
kiosk-progress = Question { $current } sur { $total }
kiosk-multi-hint = Vous pouvez en cocher plusieurs. Quand c’est fait, appuyez sur Suivant.
kiosk-previous = Retour
kiosk-next = Suivant
kiosk-skip = Passer
kiosk-review-title = Vos réponses et les bonnes réponses
kiosk-your-answer = Votre réponse
kiosk-right-answer = Bonne réponse
kiosk-finish = Terminer
kiosk-thanks = Merci !
kiosk-hand-back = Veuillez rendre l’ordinateur à la personne qui anime la séance.
kiosk-next-person = Personne suivante

grid-title = Feuilles de réponses : { $phase }
grid-save = Enregistrer
grid-close = Enregistrer et fermer
grid-hint = Une ligne par personne, une case par question. Tapez la lettre cochée sur la feuille (A, B, C… ; vrai / faux / je ne sais pas correspondent à A / B / C ; l’accord va de 1 à 5) : le curseur avance tout seul. Les colonnes marquées + prennent plusieurs lettres ; ensuite → pour avancer. Les flèches déplacent le curseur ; Entrée passe à la personne suivante.
grid-key-refused = Cette question n’accepte que { $keys }.
grid-status = Enregistré ?
grid-cell = { $code }, question { $number }
grid-status-saved = Enregistré
grid-status-dirty = Pas encore enregistré
grid-status-invalid = Vérifiez les cases en rouge
grid-status-empty = Aucune réponse

group-reveal = Montrer les réponses du groupe
group-facts = Montrer les faits
group-answered = Réponses : { $answered } sur { $people } personnes.
group-answered-so-far = Ont déjà répondu : { $answered } sur { $people } personnes
group-waiting = N’ont pas encore répondu (sur cet écran seulement) :
group-privacy = Seuls les totaux s’affichent : ni noms, ni codes.

results-session-title = Scores
results-domains-caption = Part de bonnes réponses, par thème
results-domain = Thème
results-knowledge = Toutes les questions de connaissances
results-people-caption = Par personne
domain-risks = Risques
domain-signs = Signes
domain-actions = Que faire
domain-naloxone = Naloxone
domain-myths = Idées reçues
domain-confidence = Confiance (1–5)

# Paper answer sheets, and saving what was printed.
sheet-document-title = Feuilles de réponses
sheet-code = Code
sheet-instruction = Cochez une case par question, sauf si la question demande de cocher toutes les bonnes réponses. Pas sûr ? Cochez « Je ne sais pas » quand la question le propose ; sinon, laissez-la vide.
sheet-footer = Feuille de réponses { $code }
sheet-footer-blank = Feuille de réponses sans code
sheet-page = page { $page }
sheet-code-write = Écrivez votre code ici
print-saved = Enregistré : { $path }
print-open = Ouvrir
print-sheets = Imprimer les feuilles de réponses
paper-size = Papier
session-delete = Supprimer la séance
session-delete-confirm = { $people ->
    [0] Supprimer cette séance ? Une sauvegarde est faite d’abord.
    [one] Supprimer cette séance, avec sa personne inscrite et ses réponses ? Une sauvegarde est faite d’abord.
   *[other] Supprimer cette séance, avec ses { $people } personnes inscrites et toutes leurs réponses ? Une sauvegarde est faite d’abord.
}
session-delete-action = Supprimer { $date } · { $site }

kit-label = Kit de naloxone
kit-none = Non renseigné
kit-status-at-training = Remis à la formation
kit-status-in-property = Mis dans les effets personnels pour la libération
kit-status-on-release = Remis le jour de la libération
kit-status-declined = Refusé
kit-date = Date du kit
