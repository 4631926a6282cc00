# Der regionale Datenpool: eine PostgreSQL-Datenbank der Region (Einstellungen und respond pool).
pool-title = Regionaler Datenpool
pool-intro = Betreibt Ihre Region eine PostgreSQL-Datenbank für das Programm, kann Respond die Ergebnisse dieses Laptops dorthin senden: Schulungen, Teilnahme-Codes, Tests und Kits. Namen, persönliche Codes und Teilnahmebescheinigungen verlassen diesen Laptop nie, und Respond funktioniert ohne den Datenpool genauso.
pool-url = Adresse des Datenpools
pool-url-hint = postgresql://benutzer:passwort@server/datenbank?sslmode=require – erhalten Sie von der Stelle, die den Datenpool betreibt.
pool-url-show = Adresse anzeigen
pool-save = Adresse speichern
pool-saved = Adresse gespeichert.
pool-check = Verbindung testen
pool-push = Jetzt senden
pool-checked = Verbunden: { $server }. Der Datenpool enthält { $installations } Installationen und { $participants } Personen.
pool-pushed = Gesendet: { $sessions } Schulungen, { $participants } Personen, { $attempts } Tests ({ $new } neu, { $updated } aktualisiert, { $removed } entfernt).
pool-last = Zuletzt gesendet am { $date }: { $new } neu, { $updated } aktualisiert, { $removed } entfernt.
pool-never = Noch nichts gesendet.
pool-stage-connect = Verbinden …
pool-stage-sessions = { $count } Schulungen werden gesendet …
pool-stage-participants = { $count } Personen werden gesendet …
pool-stage-attempts = { $count } Tests werden gesendet …
pool-stage-answers = Die Antworten werden gesendet ({ $count }) …
error-pool = Der regionale Datenpool konnte nicht genutzt werden. Auf diesem Laptop wurde nichts geändert.
error-pool-bad-url = Das ist keine Adresse eines Datenpools: Sie beginnt mit postgresql:// und nennt Server und Datenbank.
error-pool-tls-required = Ein Datenpool auf einem anderen Rechner braucht eine verschlüsselte Verbindung: Ergänzen Sie ?sslmode=require an der Adresse.
error-pool-unreachable = Unter dieser Adresse hat kein Datenpool geantwortet. Prüfen Sie Name und Port des Servers sowie das Netzwerk. Auf diesem Laptop wurde nichts geändert.
error-pool-credentials = Der Datenpool hat Benutzername oder Passwort abgelehnt. Auf diesem Laptop wurde nichts geändert.
error-pool-server = Der Datenpool hat die Daten abgelehnt. Auf diesem Laptop wurde nichts geändert; wenden Sie sich an die Stelle, die ihn betreibt.
