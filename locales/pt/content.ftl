# Palavras que acompanham o conteúdo da formação, na língua do conteúdo, e os problemas
# que `respond validate` encontra nos ficheiros de conteúdo.

audience-custody = Pessoas em reclusão
audience-peers = Educadores de pares
audience-clinical = Profissionais de saúde
audience-officers = Guardas prisionais e polícias
# Junta dois números de emergência, p. ex. "999 ou 112".
emergency-number-or = { $first } ou { $second }
local-services-none = Peça à equipa de saúde a lista dos serviços locais.

problem-content-no-header = o ficheiro tem de começar com um cabeçalho entre duas linhas +++
problem-content-unclosed-header = falta a linha +++ que fecha o cabeçalho
problem-content-toml = o TOML não pode ser lido: { $error }
problem-content-empty-field = "{ $field }" falta ou está vazio
problem-content-heading-without-id = o diapositivo "{ $heading }" não tem identificador: escreva ## { $heading } {"{"}#um-id{"}"}
problem-content-text-before-slides = o texto antes do primeiro título de diapositivo (## …) não aparece em lado nenhum
problem-content-notes-twice = o diapositivo "{ $id }" tem mais de uma linha ???
problem-content-duplicate-slide = o identificador de diapositivo "{ $id }" é usado duas vezes
problem-content-empty-slide = o diapositivo "{ $id }" não tem nada para mostrar
problem-content-no-notes = o diapositivo "{ $id }" não tem notas para quem dá a formação (uma linha ???, depois as notas)
problem-content-no-slides = este módulo não tem diapositivos
problem-content-unknown-placeholder = campo desconhecido {"{{"}{ $name }{"}}"}: use {"{{"}emergency_number{"}}"} ou {"{{"}local_services{"}}"}
problem-content-placeholder-not-alone = {"{{"}{ $name }{"}}"} tem de estar sozinho na sua linha
problem-content-raw-html = não é permitido HTML no conteúdo: use Markdown
problem-content-missing-image = a imagem "{ $name }" não está em content/diagrams
problem-content-bad-link = a ligação "{ $url }" tem de começar por https://, http:// ou mailto:
problem-content-missing-file = este ficheiro falta
problem-content-missing-language = o módulo "{ $id }" não tem texto em { $lang }
problem-content-id-mismatch = o identificador "{ $id }" é diferente do nome da pasta "{ $folder }"
problem-content-no-sources = o módulo não indica fontes ([[sources]] com um texto)
problem-content-slide-order = o diapositivo "{ $found }" está onde o inglês tem "{ $expected }": os mesmos diapositivos, pela mesma ordem, em todas as línguas
problem-content-slide-missing = falta aqui o diapositivo "{ $id }" do texto inglês
problem-content-slide-extra = o diapositivo "{ $id }" não existe no texto inglês
problem-content-unknown-module = nenhum módulo tem o identificador "{ $id }"
problem-content-unknown-quiz = nenhum questionário tem o identificador "{ $id }"
problem-content-not-a-file = não é um ficheiro comum (uma ligação, um pipe ou um dispositivo): não lido
problem-content-too-large = maior do que 1 MB: não lido
problem-content-too-deep = pastas aninhadas demasiado fundo: não lidas
problem-content-myth-without-slide = o mito "{ $id }" não tem o diapositivo "{ $slide }" no módulo dos mitos
problem-content-no-emergency-number = o país "{ $code }" não tem número de emergência
problem-diagram-unsafe = os diagramas não podem conter "{ $what }"
problem-diagram-no-labels = falta o ficheiro das legendas deste diagrama
problem-diagram-missing-language = não há legendas para { $lang }
problem-diagram-missing-label = falta a legenda "{ $key }" em { $lang }

# Países de um local (códigos ISO 3166-1, como em content/countries.toml).
country-AT = Áustria
country-BE = Bélgica
country-CH = Suíça
country-DE = Alemanha
country-ES = Espanha
country-FR = França
country-GB = Reino Unido
country-IE = Irlanda
country-IT = Itália
country-LU = Luxemburgo
country-NL = Países Baixos
country-PT = Portugal
problem-roleplay-audience-twice = a lista de verificação "{ $id }" indica um público que já aparece noutra lista
problem-roleplay-duplicate = o identificador "{ $id }" aparece duas vezes na mesma lista de verificação
problem-roleplay-no-checklist = não há nenhuma lista de verificação da simulação para o público "{ $audience }"
problem-roleplay-missing-text = "{ $id }" não tem texto em { $lang }
