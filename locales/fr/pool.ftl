# La base régionale : une base PostgreSQL gérée par la région (Réglages, et respond pool).
pool-title = Base régionale
pool-intro = Si votre région gère une base PostgreSQL pour le programme, Respond peut y envoyer les résultats de cet ordinateur : séances, codes des participants, questionnaires et kits. Les noms, les codes personnels et les attestations ne quittent jamais cet ordinateur, et Respond fonctionne de la même façon sans la base.
pool-url = Adresse de la base
pool-url-hint = postgresql://utilisateur:mot-de-passe@serveur/base?sslmode=require — fournie par la personne qui gère la base.
pool-url-show = Afficher l’adresse
pool-save = Enregistrer l’adresse
pool-saved = Adresse enregistrée.
pool-check = Tester la connexion
pool-push = Envoyer maintenant
pool-checked = Connecté : { $server }. La base contient { $installations } installations et { $participants } personnes.
pool-pushed = Envoyé : { $sessions } séances, { $participants } personnes, { $attempts } questionnaires ({ $new } nouveaux, { $updated } mis à jour, { $removed } retirés).
pool-last = Dernier envoi le { $date } : { $new } nouveaux, { $updated } mis à jour, { $removed } retirés.
pool-never = Rien n’a encore été envoyé.
pool-stage-connect = Connexion…
pool-stage-sessions = Envoi de { $count } séances…
pool-stage-participants = Envoi de { $count } personnes…
pool-stage-attempts = Envoi de { $count } questionnaires…
pool-stage-answers = Envoi des réponses ({ $count })…
error-pool = La base régionale n’a pas pu être utilisée. Rien n’a été modifié sur cet ordinateur.
error-pool-bad-url = Ce n’est pas une adresse de base : elle commence par postgresql:// et indique le serveur et la base.
error-pool-tls-required = Une base sur un autre ordinateur exige une connexion chiffrée : ajoutez ?sslmode=require à l’adresse.
error-pool-unreachable = Aucune base n’a répondu à cette adresse. Vérifiez le nom et le port du serveur, ainsi que le réseau. Rien n’a été modifié sur cet ordinateur.
error-pool-credentials = La base a refusé le nom d’utilisateur ou le mot de passe. Rien n’a été modifié sur cet ordinateur.
error-pool-server = La base a refusé les données. Rien n’a été modifié sur cet ordinateur ; prévenez la personne qui gère la base.
