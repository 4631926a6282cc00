# Wörter zum Schulungsinhalt, in der Sprache des Inhalts, und die Probleme, die
# `respond validate` in Inhaltsdateien findet.

audience-custody = Menschen in Haft
audience-peers = Peer-Mentorinnen und -Mentoren
audience-clinical = Medizinisches Personal
audience-officers = Beamtinnen und Beamte
# Verbindet zwei Notrufnummern, z. B. „999 oder 112“ (Großbritannien). In Deutschland ist die
# 112 Feuerwehr und Rettungsdienst, die 110 die Polizei: für eine Überdosis gilt die 112.
emergency-number-or = { $first } oder { $second }
local-services-none = Fragen Sie das Gesundheitsteam nach der Liste der Hilfsangebote vor Ort.

problem-content-no-header = die Datei muss mit einem Kopf zwischen zwei +++-Zeilen beginnen
problem-content-unclosed-header = dem Kopf fehlt die schließende +++-Zeile
problem-content-toml = das TOML ist nicht lesbar: { $error }
problem-content-empty-field = „{ $field }“ fehlt oder ist leer
problem-content-heading-without-id = die Folie „{ $heading }“ hat keine Kennung: schreiben Sie ## { $heading } {"{"}#eine-id{"}"}
problem-content-text-before-slides = Text vor der ersten Folienüberschrift (## …) wird nirgends angezeigt
problem-content-notes-twice = die Folie „{ $id }“ hat mehr als eine ???-Zeile
problem-content-duplicate-slide = die Folienkennung „{ $id }“ kommt zweimal vor
problem-content-empty-slide = die Folie „{ $id }“ zeigt nichts an
problem-content-no-notes = die Folie „{ $id }“ hat keine Hinweise für die Schulungsleitung (eine ???-Zeile, dann die Hinweise)
problem-content-no-slides = dieses Modul hat keine Folien
problem-content-unknown-placeholder = unbekannter Platzhalter {"{{"}{ $name }{"}}"}: verwenden Sie {"{{"}emergency_number{"}}"} oder {"{{"}local_services{"}}"}
problem-content-placeholder-not-alone = {"{{"}{ $name }{"}}"} muss allein in seiner Zeile stehen
problem-content-raw-html = HTML ist im Inhalt nicht erlaubt: verwenden Sie Markdown
problem-content-missing-image = das Bild „{ $name }“ liegt nicht in content/diagrams
problem-content-bad-link = der Link „{ $url }“ muss mit https://, http:// oder mailto: beginnen
problem-content-missing-file = diese Datei fehlt
problem-content-missing-language = dem Modul „{ $id }“ fehlt der Text auf { $lang }
problem-content-id-mismatch = die Kennung „{ $id }“ weicht vom Ordnernamen „{ $folder }“ ab
problem-content-no-sources = das Modul nennt keine Quellen ([[sources]] mit einem Text)
problem-content-slide-order = die Folie „{ $found }“ steht dort, wo im Englischen „{ $expected }“ steht: in jeder Sprache dieselben Folien in derselben Reihenfolge
problem-content-slide-missing = die Folie „{ $id }“ des englischen Texts fehlt hier
problem-content-slide-extra = die Folie „{ $id }“ gibt es im englischen Text nicht
problem-content-unknown-module = kein Modul hat die Kennung „{ $id }“
problem-content-unknown-quiz = kein Fragebogen hat die Kennung „{ $id }“
problem-content-not-a-file = keine gewöhnliche Datei (ein Link, eine Pipe oder ein Gerät): nicht gelesen
problem-content-too-large = größer als 1 MB: nicht gelesen
problem-content-too-deep = Ordner zu tief verschachtelt: nicht gelesen
problem-content-myth-without-slide = der Mythos „{ $id }“ hat keine Folie „{ $slide }“ im Mythen-Modul
problem-content-no-emergency-number = das Land „{ $code }“ hat keine Notrufnummer
problem-diagram-unsafe = Diagramme dürfen „{ $what }“ nicht enthalten
problem-diagram-no-labels = die Datei mit den Beschriftungen dieses Diagramms fehlt
problem-diagram-missing-language = keine Beschriftungen für { $lang }
problem-diagram-missing-label = die Beschriftung „{ $key }“ fehlt in { $lang }

# Länder eines Schulungsorts (ISO-3166-1-Codes wie in content/countries.toml).
country-AT = Österreich
country-BE = Belgien
country-CH = Schweiz
country-DE = Deutschland
country-ES = Spanien
country-FR = Frankreich
country-GB = Vereinigtes Königreich
country-IE = Irland
country-IT = Italien
country-LU = Luxemburg
country-NL = Niederlande
country-PT = Portugal
problem-roleplay-audience-twice = die Checkliste „{ $id }“ nennt eine Zielgruppe, die schon zu einer anderen Checkliste gehört
problem-roleplay-duplicate = die Kennung „{ $id }“ kommt in einer Checkliste zweimal vor
problem-roleplay-no-checklist = für die Zielgruppe „{ $audience }“ gibt es keine Rollenspiel-Checkliste
problem-roleplay-missing-text = „{ $id }“ hat keinen Text in { $lang }
