# A página Seguimento (3 a 6 meses após uma sessão), a lista de convocatória e o ficheiro de calendário.

followup-intro = Três a seis meses depois de uma sessão, as pessoas respondem de novo ao mesmo questionário: assim vê-se o que retiveram. Aqui está quem deve ser reavaliado, por local.
followup-window-label = Período de seguimento
followup-window-opens = Começa após (meses)
followup-window-closes = Termina após (meses)
followup-window-save = Guardar o período
followup-window-saved = Guardado.
followup-window-range = O período tem de começar entre 1 e 23 meses após a sessão e terminar mais tarde, no máximo aos 24 meses.
followup-empty = Ainda não há ninguém para seguimento. As pessoas aparecem aqui quando a sua sessão é encerrada.
followup-status-due = Pendente
followup-status-overdue = Em atraso
followup-status-upcoming = Em breve
followup-status-closed = Período terminado
followup-status-done = Concluído
followup-status-hint = Pendente: o período já começou. Em atraso: começou há mais de um mês. Período terminado: já passou o prazo para o seguimento.
followup-no-consent = { $count ->
    [one] { $count } pessoa não aceitou o seguimento.
   *[other] { $count } pessoas não aceitaram o seguimento.
}
followup-code = Código
followup-name = Nome
followup-language = Língua
followup-window = Período
followup-release = Saída
followup-status = Estado
followup-session = Sessão
followup-recall-pdf = Guardar a lista de convocatória (PDF)
followup-recall-ics = Guardar o calendário (.ics)
followup-saved-to = Guardado em { $path }
followup-record = Registar um seguimento
followup-record-short = Registar
followup-record-for = Registar o seguimento de { $code }
followup-find-title = Encontrar a pessoa
followup-find-by-code = Pelo código de participante
followup-find-by-sgic = Pelo código pessoal
followup-find-hint = Quem perdeu o cartão pode responder de novo às quatro perguntas do código pessoal; pequenas diferenças são aceites.
followup-code-label = Código de participante
followup-find = Procurar
followup-not-found = Nenhum participante tem este código. Verifique-o, ou procure pelo código pessoal.
followup-candidates = { $count ->
    [0] Ninguém corresponde o suficiente. Confirme as respostas com a pessoa.
    [one] { $count } correspondência possível: confirme-a com a pessoa.
   *[other] { $count } correspondências possíveis: confirme cada uma com a pessoa.
}
followup-similarity = { $percent } % de semelhança
followup-confirm = É esta a pessoa
followup-nobody = Nenhuma destas
followup-nobody-recorded = Registado: esta pesquisa não encontrou ninguém. Conta para a taxa de pessoas encontradas.
followup-already-done = Já está registado um seguimento para esta pessoa. Um novo registo substitui-o.
followup-matched = { $code } · { $site } · sessão de { $date }
followup-enter-paper = Introduzir uma folha de resposta
followup-hand-kiosk = Passar o computador à pessoa
followup-paper-hint = A introdução das folhas de resposta mostra a sessão inteira: escreva as respostas na linha desta pessoa.
followup-kiosk-hint = A pessoa escreve o seu código, { $code }, e responde sozinha.
followup-booster-title = Reforço
followup-booster-hint = Depois do questionário, reveja um módulo em conjunto: o módulo sobre mitos é curto e serve para a maioria dos grupos.
followup-booster-module = Módulo
followup-booster-record = Registar o reforço
followup-booster-given = Reforço registado: { $module }.
followup-back = Voltar à lista
followup-match-rate = Encontradas: { $found } de { $searched } pesquisas ({ $percent } %): pelo código de participante { $code }, pelo código pessoal { $sgic }, por um código pessoal aproximado { $fuzzy }.
followup-match-rate-none = Ainda não há pesquisas de seguimento.

# A lista de convocatória (PDF) e o ficheiro de calendário (.ics).
followup-recall-title = Lista de convocatória para seguimento: { $site }
followup-recall-note = { $count ->
    [one] { $count } pessoa a rever, à data de { $date }.
   *[other] { $count } pessoas a rever, à data de { $date }.
}
followup-recall-footer = Confidencial: guarde esta lista fechada à chave e destrua-a na trituradora depois de usar.
followup-calendar-name = Seguimentos Respond: { $site }
followup-calendar-event = Seguimento { $code }
followup-calendar-description = Período de seguimento Respond. Local: { $site }. Sessão de { $session }. Língua: { $language }.
followup-recall-names = Com nomes e datas de saída
