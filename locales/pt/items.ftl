## Análise das perguntas: se o próprio questionário funciona, com as pessoas da seleção.

results-tab-overview = Visão geral
results-tab-items = Perguntas
items-title = O questionário funciona?
items-lead = Como cada pergunta se comportou com as pessoas desta seleção. As perguntas a rever primeiro aparecem no topo.
items-quiz = { $title } ({ $people ->
    [1] 1 pessoa
   *[other] { $people } pessoas
})
items-phase = Momento
items-reliability = Fiabilidade (KR-20)
items-reliability-ci = { $alpha } (IC 95 % de { $low } a { $high })
items-ceiling = Com a pontuação máxima
items-too-few = Pessoas insuficientes para a análise das perguntas: são precisas pelo menos { $min } em cada momento.
items-question = Pergunta
items-right = Certas
items-discrimination = Discriminação
items-dont-know = Não sei
items-blank = Sem resposta
items-choices = Respostas escolhidas
items-flags = A rever
items-flag-low-discrimination = Não distingue quem sabe de quem não sabe (r abaixo de 0,20)
items-flag-ceiling = Quase todos acertam (95 % ou mais)
items-flag-dif = Funciona de forma diferente em { $language } (Mantel–Haenszel, classe ETS { $class })
items-none-flagged = Nada a rever.
items-methods = Certas: percentagem de pessoas que acertaram. Discriminação: correlação da pergunta com o resto do questionário (correlação item-total corrigida). KR-20 com intervalo de confiança a 95 % de Feldt. As línguas são comparadas com o teste de Mantel–Haenszel, estratificado pela pontuação total, quando cada língua tem pelo menos { $min } pessoas; uma pergunta é assinalada se tiver classe ETS B ou C (|Δ| de pelo menos 1 e p < 0,05).
items-none = Ainda não há nenhum questionário terminado nesta seleção.
items-what-to-do = O que fazer com uma pergunta assinalada: volte a lê-la ao lado do módulo e em cada língua, e pergunte-se se uma pessoa que sabe a resposta a escolheria. Reformule-a, ou dê-lhe um novo identificador se o sentido mudar (content/quiz/DESIGN.md).
