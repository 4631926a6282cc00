# Travaux longs (exports, rapport, sauvegardes, restaurations, import de paquets, pool, données d’exemple) :
# leur avancement et le bouton qui les arrête, à l’écran et en ligne de commande.

job-working = En cours…
# $percent : de 0 à 100.
job-progress = { $percent } %
job-cancel = Arrêter
job-stopping = Arrêt en cours…
error-cancelled = Arrêté avant la fin. Rien n’en a été gardé.
