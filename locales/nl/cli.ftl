# Meldingen van de opdrachtregel `respond` en van `respond validate`.

cli-error = Fout: { $error }
cli-validate-summary = { $count ->
    [0] Geen problemen gevonden.
    [one] 1 probleem gevonden.
   *[other] { $count } problemen gevonden.
}
cli-info-data-dir = Map met gegevens: { $path }
cli-info-database = Database: { $path }
cli-info-schema = Versie van het databaseschema: { $version }
cli-info-installation = Installatie: { $uid } (de id die haar rijen in een regionale databank dragen)
cli-info-language = Taal van de app: { $language }
cli-bench-startup-line = { $name }: mediaan { $median } ms tot de eerste weergave (metingen: { $runs } ms)
cli-bench-startup-ratio = Verhouding Respond / hello-world: { $ratio }
cli-bench-build = Gemeten build: { $build }
cli-bench-startup-memory-app = Respond, geheugen in rust van al zijn processen: { $mb } MB
cli-bench-startup-memory-reference = Tauri hello-world, geheugen in rust van al zijn processen: { $mb } MB
cli-bench-startup-memory-ratio = Verhouding van het geheugen in rust, Respond / hello-world: { $ratio }
cli-bench-results-memory-results = Hoogste geheugengebruik bij het berekenen van de resultatenpagina: { $mb } MB
cli-bench-results-memory-export = Hoogste geheugengebruik bij het schrijven van de lange CSV: { $mb } MB

problem-no-files = hier staan geen .ftl-bestanden
problem-extra-file = dit bestand heeft geen Engelse tegenhanger
problem-missing-file = de vertaling ({ $lang }) van dit bestand ontbreekt
problem-missing-message = melding "{ $id }" ontbreekt in { $lang }
problem-extra-message = melding "{ $id }" bestaat niet in het Engels: verwijder ze of voeg ze toe aan het Engels
problem-duplicate-message = melding "{ $id }" staat ook in { $file }: een melding mag maar in één bestand staan
problem-variables-differ = melding "{ $id }" gebruikt de variabelen { $found }, het Engels gebruikt { $expected }
problem-attributes-differ = melding "{ $id }" heeft de attributen { $found }, het Engels heeft { $expected }
problem-empty-message = melding "{ $id }" is leeg
problem-syntax = syntaxfout: { $error }
problem-unreadable = dit bestand kan niet worden gelezen: { $error }
cli-bench-results-data = Demodatabase: { $participants } deelnemers, { $rows } antwoorden.
cli-bench-results-line = { $name }: mediaan { $median } ms (metingen: { $runs } ms)
cli-bench-results-ratio = Verhouding tot de csv-export van dezelfde rijen door sqlite3: csv in lang formaat { $export }, pagina Resultaten { $results }
cli-bench-results-no-sqlite = sqlite3 is niet geïnstalleerd: er is geen referentie om mee te vergelijken.
cli-bench-bundle-data = Demodatabase: { $participants } deelnemers, in één bundel.
cli-bench-bundle-ratio = Verhouding van de import tot de export: { $ratio }
cli-bench-pool-data = Demodatabase: { $participants } deelnemers, { $answers } antwoorden.
cli-bench-pool-ratio = Verhouding van het versturen tot de COPY van PostgreSQL van de csv in lang formaat: { $ratio }
cli-demo-done = Voorbeeldgegevens toegevoegd: { $sessions } sessies op { $sites } locaties, { $participants } deelnemers.
cli-validate-warning = waarschuwing: { $problem }
cli-bench-scan-data = { $pages } pagina's antwoordbladen op { $dpi } dpi, half gescand, half gefotografeerd ({ $build }-build).
cli-bench-scan-accuracy = Goed gelezen vakjes: { $right } % van { $boxes }. Fout gelezen maar gemarkeerd: { $flagged }; fout gelezen en niet gemarkeerd: { $silent }. Vragen gemarkeerd om te controleren: { $questions } van { $total }.
cli-bench-scan-rate = Gelezen pagina's per seconde: { $rate }
cli-bench-scan-ratio = Verhouding van het inlezen tot het intypen van dezelfde antwoorden met 2 toetsen per seconde: { $ratio }
