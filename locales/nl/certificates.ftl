# Woorden op de certificaten (src/certificates.rs), en de meldingen van
# `respond print certificates`, `respond verify` en `respond bench pdf`.

## Het certificaat

certificates-document-title = Certificaten
certificates-title = Trainingscertificaat
certificates-subtitle = Reageren op een overdosis en naloxon
# Boven de naam van de persoon.
certificates-certifies = Hierbij verklaren wij dat
# Onder de naam, boven de lijst met modules.
certificates-completed = de training heeft afgerond
certificates-date-label = Datum
certificates-site-label = Locatie
certificates-trainers-label = Gegeven door
certificates-serial = Serienummer
certificates-verify-hint = Echtheid controleren: de organisatie die het heeft uitgegeven kan het bevestigen aan de hand van nummer { $serial } of de QR-code.
certificates-key = Ondertekend met de Respond-sleutel { $fingerprint }

## `respond print certificates` en `respond verify`

certificates-cli-names-missing = Geen certificaten afgedrukt: op een certificaat staat de naam van de persoon. Vul bij de deelnemers een naam in voor { $codes } en druk daarna opnieuw af.
certificates-cli-names-unprintable = Geen certificaten afgedrukt: de naam van { $codes } bevat tekens die een certificaat nog niet kan afdrukken (het drukt Latijnse, Griekse en Cyrillische letters af). Schrijf de naam in die letters.
certificates-verify-valid = Geldig certificaat { $serial }, ondertekend met de sleutel { $fingerprint }.
certificates-verify-name = Naam: { $name }
certificates-verify-date = Datum: { $date }
certificates-verify-site = Locatie: { $site }
certificates-verify-modules = Modules: { $modules }
certificates-verify-language = Taal: { $language }
certificates-invalid-malformed = Ongeldig: dit is niet de tekst van de QR-code van een certificaat, of er ontbreekt een deel van.
certificates-invalid-altered = Ongeldig: het certificaat is gewijzigd nadat het werd ondertekend.
certificates-invalid-other-key = Niet gecontroleerd: het is ondertekend door een andere installatie van Respond (sleutel { $fingerprint }). Controleer het met de openbare sleutel van die installatie: respond verify --key <openbare sleutel> <tekst van de QR-code>.
certificates-invalid-unknown-serial = Op deze computer is geen certificaat met serienummer { $serial } uitgegeven.
certificates-public-key = Openbare sleutel van deze installatie: { $key }
certificates-public-key-fingerprint = De vingerafdruk ervan, die op elk certificaat staat: { $fingerprint }

## `respond bench pdf`

certificates-bench-certificates = Respond, { $count } certificaten in één pdf
certificates-bench-handouts = Respond, alle { $count } hand-outs (4 doelgroepen × 5 talen)
certificates-bench-libreoffice = LibreOffice, { $count } ODT-certificaten naar pdf
certificates-bench-line = { $name }: mediaan { $median } ms (metingen: { $runs } ms)
certificates-bench-ratio = Verhouding LibreOffice / Respond voor { $count } certificaten: { $ratio }
certificates-bench-pages = Certificaatpagina's per seconde: { $rate }
certificates-bench-no-soffice = LibreOffice (soffice) is niet geïnstalleerd: geen vergelijking.

# Wat de app toont bij deze fouten (codes "name-required" en "invalid-certificate").
error-name-required = Op een certificaat staat de naam van de persoon, in Latijnse, Griekse of Cyrillische letters. Vul de namen van de deelnemers aan of verbeter ze, en druk daarna opnieuw af.
error-invalid-certificate = Dit certificaat is ongeldig: het is gewijzigd nadat het werd ondertekend, of het is ondertekend door een andere installatie.
