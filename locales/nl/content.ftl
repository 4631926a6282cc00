# Woorden bij de trainingsinhoud, in de taal van de inhoud, en de problemen die
# `respond validate` in inhoudsbestanden vindt.

audience-custody = Mensen in detentie
audience-peers = Ervaringsdeskundigen
audience-clinical = Zorgpersoneel
audience-officers = Politie en gevangenispersoneel
# Verbindt twee noodnummers, bv. "999 of 112".
emergency-number-or = { $first } of { $second }
local-services-none = Vraag de medische dienst naar de lijst met hulp in de buurt.

problem-content-no-header = het bestand moet beginnen met een kop tussen twee +++-regels
problem-content-unclosed-header = de kop heeft geen afsluitende +++-regel
problem-content-toml = de TOML is niet leesbaar: { $error }
problem-content-empty-field = "{ $field }" ontbreekt of is leeg
problem-content-heading-without-id = de dia "{ $heading }" heeft geen id: schrijf ## { $heading } {"{"}#een-id{"}"}
problem-content-text-before-slides = tekst vóór de eerste diatitel (## …) wordt nergens getoond
problem-content-notes-twice = dia "{ $id }" heeft meer dan één ???-regel
problem-content-duplicate-slide = dia-id "{ $id }" komt twee keer voor
problem-content-empty-slide = dia "{ $id }" toont niets
problem-content-no-notes = dia "{ $id }" heeft geen notities voor de trainer (een ???-regel, dan de notities)
problem-content-no-slides = deze module heeft geen dia's
problem-content-unknown-placeholder = onbekend invulveld {"{{"}{ $name }{"}}"}: gebruik {"{{"}emergency_number{"}}"} of {"{{"}local_services{"}}"}
problem-content-placeholder-not-alone = {"{{"}{ $name }{"}}"} moet op een eigen regel staan
problem-content-raw-html = HTML is niet toegestaan in de inhoud: gebruik Markdown
problem-content-missing-image = afbeelding "{ $name }" staat niet in content/diagrams
problem-content-bad-link = link "{ $url }" moet beginnen met https://, http:// of mailto:
problem-content-missing-file = dit bestand ontbreekt
problem-content-missing-language = module "{ $id }" heeft geen tekst in het { $lang }
problem-content-id-mismatch = id "{ $id }" verschilt van de mapnaam "{ $folder }"
problem-content-no-sources = de module vermeldt geen bronnen ([[sources]] met een tekst)
problem-content-slide-order = dia "{ $found }" staat waar het Engels "{ $expected }" heeft: dezelfde dia's in dezelfde volgorde in elke taal
problem-content-slide-missing = dia "{ $id }" van de Engelse tekst ontbreekt hier
problem-content-slide-extra = dia "{ $id }" staat niet in de Engelse tekst
problem-content-unknown-module = geen enkele module heeft de id "{ $id }"
problem-content-unknown-quiz = geen enkele vragenlijst heeft de id "{ $id }"
problem-content-not-a-file = geen gewoon bestand (een koppeling, een pipe of een apparaat): niet gelezen
problem-content-too-large = groter dan 1 MB: niet gelezen
problem-content-too-deep = mappen te diep genest: niet gelezen
problem-content-myth-without-slide = fabel "{ $id }" heeft geen dia "{ $slide }" in de module over fabels
problem-content-no-emergency-number = land "{ $code }" heeft geen noodnummer
problem-diagram-unsafe = schema's mogen geen "{ $what }" bevatten
problem-diagram-no-labels = het bestand met de labels van dit schema ontbreekt
problem-diagram-missing-language = geen labels voor { $lang }
problem-diagram-missing-label = label "{ $key }" ontbreekt in { $lang }

# Landen van een locatie (ISO 3166-1-codes, zoals in content/countries.toml).
country-AT = Oostenrijk
country-BE = België
country-CH = Zwitserland
country-DE = Duitsland
country-ES = Spanje
country-FR = Frankrijk
country-GB = Verenigd Koninkrijk
country-IE = Ierland
country-IT = Italië
country-LU = Luxemburg
country-NL = Nederland
country-PT = Portugal
problem-roleplay-audience-twice = checklist "{ $id }" noemt een doelgroep die al bij een andere checklist hoort
problem-roleplay-duplicate = de id "{ $id }" komt twee keer voor in dezelfde checklist
problem-roleplay-no-checklist = er is geen rollenspelchecklist voor de doelgroep "{ $audience }"
problem-roleplay-missing-text = "{ $id }" heeft geen tekst in { $lang }
