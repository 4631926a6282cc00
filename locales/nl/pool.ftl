# De regionale databank: een PostgreSQL-databank van de regio (Instellingen, en respond pool).
pool-title = Regionale databank
pool-intro = Als uw regio een PostgreSQL-databank voor het programma heeft, kan Respond de resultaten van deze laptop daarheen sturen: sessies, deelnemerscodes, vragenlijsten en kits. Namen, eigen codes en certificaten verlaten deze laptop nooit, en Respond werkt zonder de databank net zo.
pool-url = Adres van de databank
pool-url-hint = postgresql://gebruiker:wachtwoord@server/databank?sslmode=require — u krijgt het van wie de databank beheert.
pool-url-show = Adres tonen
pool-save = Adres opslaan
pool-saved = Adres opgeslagen.
pool-check = Verbinding testen
pool-push = Nu versturen
pool-checked = Verbonden: { $server }. De databank bevat { $installations } installaties en { $participants } mensen.
pool-pushed = Verstuurd: { $sessions } sessies, { $participants } mensen, { $attempts } vragenlijsten ({ $new } nieuw, { $updated } bijgewerkt, { $removed } verwijderd).
pool-last = Laatst verstuurd op { $date }: { $new } nieuw, { $updated } bijgewerkt, { $removed } verwijderd.
pool-never = Nog niets verstuurd.
pool-stage-connect = Verbinden…
pool-stage-sessions = { $count } sessies versturen…
pool-stage-participants = { $count } mensen versturen…
pool-stage-attempts = { $count } vragenlijsten versturen…
pool-stage-answers = De antwoorden versturen ({ $count })…
error-pool = De regionale databank kon niet worden gebruikt. Er is niets veranderd op deze laptop.
error-pool-bad-url = Dit is geen adres van een databank: het begint met postgresql:// en noemt de server en de databank.
error-pool-tls-required = Een databank op een andere computer vraagt een versleutelde verbinding: zet ?sslmode=require achter het adres.
error-pool-unreachable = Op dit adres antwoordde geen databank. Controleer de naam en de poort van de server, en het netwerk. Er is niets veranderd op deze laptop.
error-pool-credentials = De databank weigerde de gebruikersnaam of het wachtwoord. Er is niets veranderd op deze laptop.
error-pool-server = De databank weigerde de gegevens. Er is niets veranderd op deze laptop; meld het aan wie de databank beheert.
