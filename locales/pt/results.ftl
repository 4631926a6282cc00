# A página Resultados, o relatório de avaliação (PDF), os gráficos, as exportações e o respetivo livro de códigos.

results-scope-label = Mostrar
results-scope-kind-session = Uma sessão
results-scope-kind-site = Um local
results-scope-kind-audience = Um público
results-scope-kind-all = Todos os dados
results-scope-session = Sessão de { $date } ({ $site })
results-scope-site = Todas as sessões no local: { $site }
results-scope-audience = Todas as sessões para o público: { $audience }
results-scope-all = Todas as sessões
results-empty = Ainda não há resultados. Registe primeiro os questionários de uma sessão, ou carregue dados de exemplo para explorar.
results-demo = Carregar dados de exemplo
results-demo-hint = Preenche esta base de dados vazia com sessões, questionários e seguimentos fictícios, para ver o que mostram os Resultados. Elimine estas sessões antes da utilização real.
results-demo-done = Dados de exemplo adicionados: { $sessions } sessões, { $participants } participantes.
results-suppression-note = Os números relativos a menos de { $min } pessoas ficam ocultos (aparecem como «< { $min }»), para que ninguém possa ser reconhecido.

results-attrition-title = Quem participou
results-trained = Pessoas formadas
results-pre-post = Antes e depois
results-all-three = Nos três momentos
results-attrition-line = Pessoas formadas { $trained } → antes { $pre } → depois { $post } → seguimento { $followup }

results-kits = Kits de naloxona: { $atTraining } entregues na formação, { $inProperty } guardados nos pertences para a saída, { $onRelease } entregues no dia da saída, { $declined } recusados, { $unknown } sem registo.
results-scores-title = Pontuações (percentagem de respostas certas)
results-phase = Momento
results-people = Pessoas
results-mean-sd = Média (DP)
results-median-iqr = Mediana (AIQ)
results-confidence = Confiança (1–5)

results-change-title = Evolução
results-comparison = { $from } → { $to }
results-means = { $pairs } pares: média { $from } % → { $to } %
results-too-few-pairs = Pares insuficientes ({ $pairs }) para um teste: são precisos pelo menos { $min }.
results-suppressed-pairs = Menos de { $min } pares: oculto.
results-wilcoxon = Teste de postos sinalizados de Wilcoxon: W = { $w }, z = { $z }, p { $p } ({ $method ->
    [exact] exato
   *[normal] aproximação normal
}); tamanho do efeito { $formula } = { $r }, N = número de pares
# The effect size's formula: the report's fonts have no square-root sign, so it is said in words there.
results-r-formula = { $medium ->
    [print] r = |z| / (raiz quadrada de N)
   *[screen] r = |z| / √N
}
results-t-test = Teste t para amostras emparelhadas: t({ $df }) = { $t }, p { $p }; variação média de { $diff } pontos (IC 95 % de { $low } a { $high }); d_z de Cohen = variação média / DP das variações = { $dz } (IC 95 % de { $dzlow } a { $dzhigh })
results-t-degenerate = Todas as pessoas variaram exatamente { $diff } pontos: não é possível fazer o teste t.
results-hake = Ganho normalizado (Hake) g = (depois − antes) / (100 − antes) = { $g }; média dos ganhos individuais { $individual }
results-retention = Mantido no seguimento: { $share } % do ganho obtido com a formação (pessoas com os três questionários).
results-methods = Os testes comparam cada pessoa consigo própria. O teste de Wilcoxon é exato em grupos pequenos sem empates; abaixo de { $min } pares não se faz nenhum teste. Os valores p são bilaterais.

results-myths-title = Mitos em que ainda se acredita
results-myth = Mito
results-items-title = Pergunta a pergunta
results-items-note = Percentagem de respostas certas em cada momento. O teste de McNemar conta as pessoas que passaram de certo a errado / de errado a certo (teste binomial exato abaixo de 25 mudanças).
results-question = Pergunta
results-mcnemar-pre-post = Antes → depois: certo → errado / errado → certo
results-mcnemar-post-followup = Depois → seguimento: certo → errado / errado → certo

results-report = Guardar o relatório (PDF)
results-saved-to = Guardado em { $path }
results-export-title = Exportar
results-export-format = Formato
results-format-long-csv = CSV em formato longo: uma linha por resposta
results-format-wide-csv = CSV em formato largo: uma linha por pessoa
results-format-codebook = Livro de códigos: o que significa cada coluna
results-format-json = JSON: tudo, em estrutura aninhada
results-format-xlsx = Livro Excel: resumo e todos os ficheiros
results-export-bom = Para o Excel (UTF-8 com marca de ordem de bytes, BOM)
results-export-decimal-comma = Ponto e vírgula e vírgula decimal (Excel configurado em português, francês, alemão ou neerlandês)
results-export-save = Guardar a exportação
results-export-save-as = Guardar como…
results-export-hint = As exportações contêm os códigos dos participantes, nunca os nomes.
results-export-beside = Ao lado fica guardado um script R (.R) que lê o CSV em formato longo, ou uma sintaxe SPSS (.sps) que lê o CSV em formato largo.

report-title = Relatório de avaliação
report-made = Criado com o Respond em { $date }.
report-footer = Relatório de avaliação do Respond: números pseudonimizados, sem nomes.

chart-distribution-title = Pontuações em cada momento
chart-distribution-axis = Percentagem de respostas certas (proporção de pessoas em cada intervalo)
chart-domains-title = Percentagem de respostas certas por tema
chart-myths-title = Proporção de pessoas que ainda acreditam em cada mito
results-share-of = { $share } % (n = { $people })

demo-site = Local de exemplo: { $audience } { $n }
demo-trainers = Formadores de exemplo

codebook-file = Ficheiro
codebook-column = Coluna
codebook-meaning = Significado
codebook-values = Valores
codebook-session-id = Número da sessão nesta base de dados
codebook-session-id-values = Número inteiro
codebook-session-date = Data da sessão de formação
codebook-session-date-values = YYYY-MM-DD
codebook-site = Local da sessão
codebook-site-values = Texto
codebook-audience = Público da sessão
codebook-audience-values = custody, peers, clinical, officers
codebook-session-language = Língua em que a sessão foi dada
codebook-session-language-values = en, fr, de, nl, pt
codebook-quiz-id = Questionário usado antes, depois e no seguimento
codebook-quiz-id-values = core, officers
codebook-participant = Código de participante (pseudonimizado)
codebook-participant-values = Seis letras e algarismos, p. ex. K7M-R4T
codebook-phase = Momento em que o questionário foi respondido
codebook-phase-values = pre = antes da formação, post = depois da formação, followup = 3 a 6 meses depois
codebook-mode = Como as respostas foram dadas
codebook-mode-values = kiosk = no computador, paper = introduzidas a partir de uma folha de resposta
codebook-language = Língua em que a pessoa respondeu
codebook-language-values = en, fr, de, nl, pt
codebook-recorded-at = Quando as respostas foram registadas (UTC)
codebook-recorded-at-values = Data e hora em ISO 8601
codebook-item-id = Identificador da pergunta (o mesmo em todas as línguas e momentos)
codebook-item-id-values = Indicado com a pergunta e as opções no fim deste livro de códigos
codebook-domain = Tema da pergunta
codebook-domain-values = risks, signs, actions, naloxone, myths, confidence
codebook-myth = O mito que a pergunta testa, se houver
codebook-myth-values = Ver content/myths.toml; vazio se não houver
codebook-chosen = Opções escolhidas, separadas por ponto e vírgula
codebook-chosen-values = Identificadores das opções, indicados com cada pergunta no fim deste livro de códigos; vazio = sem resposta; 1–5 para a confiança
codebook-correct = Se a resposta estava certa
codebook-correct-values = 1 = certa, 0 = errada ou sem resposta, vazio para a confiança
codebook-attempt-complete = Se a tentativa foi terminada (cada pergunta tem uma linha de resposta, mesmo saltada)
codebook-attempt-complete-values = 1 = terminada, 0 = parcial (fora das pontuações e do ficheiro largo)
codebook-consent-followup = Aceitou ser contactado(a) para o seguimento
codebook-consent-followup-values = 1 = sim, 0 = não
codebook-kit = Kit de naloxona
codebook-kit-values = at-training = entregue na formação, in-property = guardado nos pertences para a saída, on-release = entregue no dia da saída, declined = recusado; vazio = nada registado
codebook-kit-date = Data do kit
codebook-kit-date-values = AAAA-MM-DD; vazio se não registada
codebook-phase-mode = Como as respostas foram dadas: { $phase }
codebook-phase-score = Percentagem de respostas certas em todas as perguntas de conhecimentos: { $phase }
codebook-phase-confidence = Média das respostas de confiança: { $phase }
codebook-phase-domain = Percentagem de respostas certas, { $domain }: { $phase }
codebook-percent-values = 0–100, duas casas decimais; vazio se não feito ou não terminado
codebook-confidence-values = 1–5; vazio se o questionário não foi feito
codebook-item = Certa ({ $phase }): { $question }
codebook-item-values = 1 = certa, 0 = errada ou sem resposta, vazio se o questionário não foi feito
codebook-right = {" "}(certa)
codebook-questions = Pergunta
results-partial = não terminado
results-partial-note = { $count ->
    [one] Um questionário foi começado mas não terminado: aparece assinalado e fica fora das pontuações.
   *[other] { $count } questionários foram começados mas não terminados: aparecem assinalados e ficam fora das pontuações.
}
report-audit = Registo de auditoria na impressão: { $count } entradas, a mais recente termina em { $hash }.

# A folha Resumo do livro Excel, e os scripts de análise gravados ao lado dos ficheiros CSV.
workbook-title = Resultados do Respond
workbook-people = Pessoas com o questionário terminado
workbook-mean = Pontuação média (% de respostas certas)
workbook-sd = Desvio-padrão
workbook-domain = { $domain } (% de respostas certas)
workbook-confidence = Confiança média (1–5)
invalid-too-many-rows = Demasiadas linhas para uma folha Excel (mais de um milhão): exporte em vez disso o CSV em formato longo, ou uma seleção mais pequena.
syntax-spss-header = Sintaxe SPSS do Respond: lê { $file } com os rótulos das variáveis e dos valores. Abra-a no SPSS ou no PSPP e execute-a a partir da pasta onde está o ficheiro CSV.
syntax-r-header = Script R do Respond: lê { $file } (uma linha por pessoa, momento e pergunta) com os tipos e os rótulos das colunas. Execute-o a partir da pasta onde está o ficheiro CSV.
syntax-right = certa
syntax-wrong = errada ou sem resposta
syntax-yes = sim
syntax-no = não
syntax-finished = terminada
syntax-partial = parcial
