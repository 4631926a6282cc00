## A simulação: quem dá a formação avalia o que um participante faz numa overdose simulada.

roleplay-title = Simulação
roleplay-open = Avaliar uma simulação
roleplay-lead = Observe uma pessoa, ou um par, a responder a uma overdose simulada no manequim. Prima Iniciar quando começarem e depois assinale cada passo quando é feito: o tempo fica registado.
roleplay-who = Quem socorre
roleplay-partner = Em par com
roleplay-alone = Ninguém: sozinho(a)
roleplay-phase = Momento
roleplay-start = Iniciar
roleplay-restart = Recomeçar
roleplay-elapsed = Tempo
roleplay-steps = Passos
roleplay-critical = crítico
roleplay-errors = Erros críticos
roleplay-note = Nota (opcional)
roleplay-save = Guardar a simulação
roleplay-cancel = Cancelar
roleplay-keys = Teclas: Espaço inicia o cronómetro, 1 a 9 assinalam um passo, Enter guarda. Assinalar de novo um passo anula-o.
roleplay-not-started = Prima Iniciar quando a simulação começar.
roleplay-discard-question = Descartar esta simulação? Os passos assinalados e o tempo perdem-se.
roleplay-discard = Descartar
roleplay-replace = { $code } já tem uma simulação registada para este momento. Se guardar, esta substitui-a.
roleplay-saved = Simulação de { $code } guardada.
roleplay-saved-pair = Simulação de { $first } e { $second } guardada.
invalid-same-person = Escolha duas pessoas diferentes para o par.
roleplay-done = Simulações: { $done } de { $people }
roleplay-none-yet = Ainda não há simulações avaliadas.
roleplay-at = aos { $time }
roleplay-ticked = Feito aos { $time }
roleplay-scored = Simulações avaliadas para este momento
roleplay-summary = { $steps ->
    [1] 1 passo
   *[other] { $steps } passos
}, { $errors ->
    [1] 1 erro
   *[other] { $errors } erros
}
roleplay-remove = Apagar a simulação de { $code }
roleplay-remove-question = Apagar a simulação de { $code } para este momento? Os passos assinalados e os tempos perdem-se. Se houver par, a outra pessoa mantém a sua.
roleplay-debrief = Para rever em conjunto: { $marks }
roleplay-all-done = Todos os passos críticos feitos, nenhum erro crítico.

## Resultados: as competências observadas nas simulações.

results-roleplay-title = Competências observadas na simulação
results-roleplay-note = Percentagem de pessoas que fizeram cada passo, em cada momento. Os tempos contam a partir do início da simulação.
results-roleplay-step = Passo
results-roleplay-people = Pessoas com simulação
results-roleplay-all-critical = Fizeram todos os passos críticos
results-roleplay-any-error = Cometeram um erro crítico
results-roleplay-time-call = Tempo mediano até à chamada
results-roleplay-time-naloxone = Tempo mediano até à naloxona
results-roleplay-pairs = { $pairs } pessoas fizeram a simulação antes e depois. Fizeram todos os passos críticos: { $from } → { $to }.
results-roleplay-none = Não há simulações nesta seleção.
results-roleplay-seconds = { $minutes ->
    [0] { $seconds } s
   *[other] { $minutes } min { $seconds } s
}

## As colunas da simulação no CSV em formato largo, no livro de códigos.

codebook-phase-rp-critical = Fez todos os passos críticos da simulação: { $phase }
codebook-phase-rp-errors = Erros críticos observados na simulação: { $phase }
codebook-phase-rp-call = Segundos desde o início da simulação até à chamada: { $phase }
codebook-phase-rp-naloxone = Segundos desde o início da simulação até à naloxona: { $phase }
codebook-rp-critical-values = 1 = sim, 0 = não; vazio se não houve simulação
codebook-rp-errors-values = Número inteiro; vazio se não houve simulação
codebook-rp-seconds-values = Segundos inteiros; vazio se o passo não foi feito ou se não houve simulação
