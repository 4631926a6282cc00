# A página Programa e o relatório trimestral (PDF e CSV) para o grupo regional da naloxona.
results-scope-kind-period = Um período
results-scope-period = Sessões de { $from } a { $to }
invalid-before-from = O fim do período é anterior ao início.
programme-title = Programa
programme-intro = Os números que um grupo de trabalho regional sobre a naloxona pede sobre as sessões do período: sem nomes e sem contagens de uma a quatro pessoas.
programme-period = Período
programme-other = Outras datas
programme-from = De
programme-to = Até
programme-print = Imprimir o relatório (PDF)
programme-save-csv = Guardar os números (CSV)
programme-empty = Não há sessões neste período.
return-title = Relatório trimestral
return-privacy = Sem nomes: apenas códigos de participante e contagens. Uma contagem de menos de { $min } pessoas aparece como «< { $min }». Os formadores aparecem com o nome registado nas suas sessões.
return-trainings-title = Formações
return-summary = { $sessions ->
    [one] Uma sessão
   *[other] { $sessions } sessões
}; { $people } pessoas formadas.
return-site = Local
return-audience = Público
return-trainer = Formador
return-sessions = Sessões
return-people = Pessoas
return-kits-given = Kits entregues
return-kits-title = Kits de naloxona
return-knowledge-title = Conhecimentos por tema (proporção de respostas certas)
return-myths-title = Mitos que persistem
return-myths-note = Proporção das pessoas que ainda acreditavam em cada mito; primeiro, o mito mais persistente depois da formação.
return-rates-title = Questionários feitos e pessoas reencontradas
return-rate-pre-post = Responderam ao questionário antes e depois da formação: { $share } das pessoas formadas.
return-rate-followup = Responderam ao questionário de seguimento: { $share } das pessoas formadas.
return-rate-matched = Pesquisas de seguimento feitas neste período que encontraram a pessoa: { $share }.
return-rates-note = O seguimento faz-se 3 a 6 meses depois da formação; por isso, a maioria das pessoas formadas no fim de um período ainda não chegou a essa fase.
return-footer = Relatório trimestral do Respond: números pseudonimizados, sem nomes.
