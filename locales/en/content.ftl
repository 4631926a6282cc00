# Words that go with the training content, in the content's language, and the problems
# `respond validate` finds in content files.

audience-custody = People in custody
audience-peers = Peer mentors
audience-clinical = Clinical staff
audience-officers = Officers
# Joins two emergency numbers, e.g. "999 or 112".
emergency-number-or = { $first } or { $second }
local-services-none = Ask the health team for the list of local services.

problem-content-no-header = the file must start with a header between +++ lines
problem-content-unclosed-header = the header has no closing +++ line
problem-content-toml = the TOML cannot be read: { $error }
problem-content-empty-field = "{ $field }" is missing or empty
problem-content-heading-without-id = the slide "{ $heading }" has no id: write ## { $heading } {"{"}#some-id{"}"}
problem-content-text-before-slides = text before the first slide heading (## …) is not shown anywhere
problem-content-notes-twice = slide "{ $id }" has more than one ??? line
problem-content-duplicate-slide = slide id "{ $id }" is used twice
problem-content-empty-slide = slide "{ $id }" has nothing to show
problem-content-no-notes = slide "{ $id }" has no facilitator notes (a ??? line, then the notes)
problem-content-no-slides = this module has no slides
problem-content-unknown-placeholder = unknown placeholder {"{{"}{ $name }{"}}"}: use {"{{"}emergency_number{"}}"} or {"{{"}local_services{"}}"}
problem-content-placeholder-not-alone = {"{{"}{ $name }{"}}"} must stand alone on its line
problem-content-raw-html = HTML is not allowed in content: use Markdown
problem-content-missing-image = image "{ $name }" is not in content/diagrams
problem-content-bad-link = link "{ $url }" must start with https://, http:// or mailto:
problem-content-missing-file = this file is missing
problem-content-missing-language = module "{ $id }" has no { $lang } text
problem-content-id-mismatch = id "{ $id }" differs from the folder name "{ $folder }"
problem-content-no-sources = the module lists no sources ([[sources]] with a text)
problem-content-slide-order = slide "{ $found }" stands where English has "{ $expected }": same slides, same order in every language
problem-content-slide-missing = slide "{ $id }" of the English text is missing here
problem-content-slide-extra = slide "{ $id }" is not in the English text
problem-content-unknown-module = no module has the id "{ $id }"
problem-content-unknown-quiz = no quiz has the id "{ $id }"
problem-content-not-a-file = not a plain file (a link, a pipe or a device): not read
problem-content-too-large = larger than 1 MB: not read
problem-content-too-deep = folders nested too deeply: not read
problem-content-myth-without-slide = myth "{ $id }" has no slide "{ $slide }" in the myths module
problem-content-no-emergency-number = country "{ $code }" has no emergency number
problem-diagram-unsafe = diagrams may not contain "{ $what }"
problem-diagram-no-labels = the labels file of this diagram is missing
problem-diagram-missing-language = no labels for { $lang }
problem-diagram-missing-label = label "{ $key }" is missing in { $lang }

# Countries of a site (ISO 3166-1 codes, as in content/countries.toml).
country-AT = Austria
country-BE = Belgium
country-CH = Switzerland
country-DE = Germany
country-ES = Spain
country-FR = France
country-GB = United Kingdom
country-IE = Ireland
country-IT = Italy
country-LU = Luxembourg
country-NL = Netherlands
country-PT = Portugal
problem-roleplay-audience-twice = checklist "{ $id }" names an audience that another checklist already has
problem-roleplay-duplicate = the id "{ $id }" is used twice in one checklist
problem-roleplay-no-checklist = no role-play checklist is for the audience "{ $audience }"
problem-roleplay-missing-text = "{ $id }" has no words in { $lang }
