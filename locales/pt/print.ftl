# Palavras impressas nos folhetos de mitos e factos e no cartão de saída (src/pdf/), e as
# mensagens de `respond print`.

## Folhetos

print-myths-and-facts = Mitos e factos
print-handout-title-custody = Naloxona, ressaca (sintomas de abstinência) e andar com o kit
print-handout-title-peers = Naloxona e overdose: respostas para educadores de pares
print-handout-title-clinical = Overdose, naloxona e tratamento: o que diz a evidência
print-handout-title-officers = Contacto com fentanil e naloxona: factos para guardas prisionais e polícias
print-handout-intro-custody = O que se ouve muitas vezes sobre overdose e naloxona, e quais são os factos.
print-handout-intro-peers = O que as pessoas que acompanha podem ter ouvido, quais são os factos e de onde vêm.
print-handout-intro-clinical = Ideias sobre overdose, naloxona e tratamento que colegas e doentes podem ter, comparadas com a evidência.
print-handout-intro-officers = O que se diz muitas vezes aos guardas prisionais e aos polícias sobre o fentanil e a naloxona, e o que os toxicologistas e os estudos concluíram.
# Um mito como título. O título do diapositivo já começa por "Mito:" e é usado tal como está;
# o facto por baixo começa por "Facto:".
print-myth = { $myth }
print-emergency-line = Em caso de emergência, ligue para o { $number }.
print-page-of = Página { $page } de { $pages }

## O cartão de saída: uma folha, dobrada em tamanho de bolso

print-card-title = O que fazer numa overdose
print-card-emergency = Número de emergência
print-card-carry = A naloxona pode salvar uma vida. Ande com o seu kit e diga às pessoas onde ele está.
print-card-tolerance = Depois de um tempo sem opioides, o corpo aguenta muito menos. A quantidade habitual pode causar uma overdose, sobretudo nas duas primeiras semanas. Se puder, não consuma sem ninguém por perto.
print-card-steps = Passo a passo
print-card-step-1 = Veja se há perigo. Chame a pessoa pelo nome, em voz alta, e abane-a pelos ombros.
print-card-step-2 = Não reage? Ligue para o { $number }. Diga o que vê: «não acorda, não respira».
print-card-step-3 = Abra a via aérea: incline a cabeça para trás e eleve o queixo. Veja se respira, durante 10 segundos no máximo.
print-card-step-4 = Dê naloxona: um spray numa narina, ou uma injeção na coxa ou na parte de cima do braço, sem atrasar a chamada nem a reanimação.
print-card-step-5 = Não respira normalmente: reanimação cardiopulmonar (RCP), 30 compressões e 2 ventilações. Respira: posição lateral de segurança (PLS).
print-card-step-6 = Fique com a pessoa. Sem melhoras após 2 a 3 minutos? Dê uma segunda dose.
print-card-stay = Fique com a pessoa
print-card-wears-off = O efeito da naloxona dura 30 a 90 minutos. Muitos opioides duram mais, por isso a respiração pode voltar a parar. Fique até chegar ajuda.
print-card-again = Se voltar a deixar de respirar, dê outra dose.
print-card-waking = Ao acordar, a pessoa pode sentir-se mal e agitada. Mantenha a calma e seja gentil, explique o que aconteceu e peça-lhe que não volte a consumir logo.
print-card-services = Serviços locais
print-card-fold = Dobre pelas linhas tracejadas.

# O que a aplicação mostra quando não consegue criar um PDF (código de erro «pdf»).
error-pdf = Não foi possível criar o documento. Nada foi guardado.

## `respond print`

print-cli-written = Guardado: { $path }
print-handout-title-personal = Os seus factos para guardar
print-handout-intro-personal = No fim da formação, algumas respostas ainda seguiam mitos comuns. Aqui estão os factos, para reler e partilhar.

# A página Imprimir.
print-what = O que imprimir
print-kind-handout = Folheto sobre mitos
print-kind-release-card = Cartão de saída
print-kind-personal-handout = Folheto pessoal
print-kind-answer-sheets = Folhas de resposta
print-language = Língua do documento
print-session = Sessão
print-no-sessions = Ainda não há sessões: crie uma em Sessões.
print-participant = Participante
print-phase = Questionário
print-hint-handout = Os mitos que importam a este público, com os factos e as fontes.
print-hint-release-card = Uma página para recortar e dobrar em formato de bolso: o que fazer numa overdose, o número de emergência e os serviços locais das Definições.
print-hint-personal-handout = Só os mitos em que a pessoa ainda acreditava no fim da formação, na sua língua.
print-hint-answer-sheets = Uma folha por pessoa, na sua língua, com o seu código.
print-preview = Mostrar a primeira página
print-save = Guardar em PDF
print-save-as = Guardar como…
print-personal-unavailable = Não há folheto para esta pessoa: ainda não tem respostas depois da formação, ou acertou em todos os mitos.
print-kind-certificates = Certificados
print-everyone = Todas as pessoas da sessão
print-own-language = A língua de cada pessoa
print-hint-certificates = Uma página por pessoa com o nome, os módulos, a data, o local e um código que qualquer pessoa pode verificar sem internet. Todas as pessoas precisam de um nome (Sessões → Editar).
print-folder = «Guardar em PDF» põe os ficheiros em { $path }, uma pasta que só você pode abrir neste computador. Use «Guardar como…» para escolher outro sítio.
print-skipped-title = { $count ->
    [one] Uma pessoa não recebe certificado:
   *[other] { $count } pessoas não recebem certificado:
}
print-skipped-no-name = sem nome (acrescente-o na página da sessão)
print-skipped-unprintable = o nome tem letras que o certificado não consegue imprimir (só latinas, gregas ou cirílicas)
