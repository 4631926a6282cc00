# A sessão guiada («Dar uma sessão») para educadores de pares: palavras simples, um passo de cada vez.
run-title = Dar uma sessão
run-start-button = Dar uma sessão
run-continue-button = Continuar a sessão
run-steps = Passos da sessão
run-step-group = Grupo
run-step-people = Quem está cá
run-step-pre = Questionário antes
run-step-present = Apresentar
run-step-post = Questionário depois
run-step-print = Imprimir
run-step-done = Concluído
run-pause = Parar por agora
run-hard-questions = Perguntas difíceis
run-hard-questions-help = Perguntas que as pessoas fazem muitas vezes, com uma resposta que pode dar. Toque numa pergunta para ver a resposta.
run-group-title = Para quem é a sessão?
run-group-help = Escolha o grupo. Os módulos e o questionário certos vêm com ele.
run-site = Onde é? (ala, unidade ou local)
run-trainers = O seu nome (aparece nos certificados)
run-language = Língua da sessão
run-start = Começar a sessão
run-people-title = Quem está cá?
run-people-help = Acrescente cada pessoa e dê-lhe o código que aparece. É com ele que faz o questionário. O nome é opcional.
run-name = Nome (opcional)
run-person-language = A língua da pessoa
run-name-unprintable = Este nome não pode ir num certificado (só letras latinas, gregas ou cirílicas): escreva-o com essas letras, ou esta pessoa fica sem certificado.
run-add = Acrescentar esta pessoa
run-undo = Retirar { $code }
run-people-count = { $count ->
    [one] 1 pessoa
   *[other] { $count } pessoas
}
run-pre-title = Questionário antes da formação
run-pre-help = Todos respondem uma vez ao questionário antes da sua apresentação. Mostra o que já sabem.
run-post-title = Questionário depois da formação
run-post-help = O mesmo questionário outra vez, agora que ouviram tudo. Mostra o que aprenderam.
run-on-laptop = Neste portátil, um de cada vez
run-on-paper = Em papel: imprimir as folhas de resposta
run-type-sheets = Introduzir as folhas de resposta
run-test-done = Concluído: { $done } de { $people }
run-present-title = Apresentar os módulos
run-present-help = Mostre cada módulo no ecrã. As suas notas e as perguntas difíceis ajudam com o que as pessoas perguntam.
run-present = Apresentar
run-print-title = Imprimir para todos
run-print-help = Certificados, cartões de saída e folhetos, cada um na língua da pessoa. Ficam guardados na pasta de impressão.
run-print-certificates = Certificados
run-print-cards = Cartões de saída
run-print-handouts = Folhetos
run-done-title = A sessão está registada
run-done-pre = Questionário antes: { $done } de { $people }
run-done-post = Questionário depois: { $done } de { $people }
run-done-remains = Falta fazer
run-done-missing-pre = { $count ->
    [one] 1 pessoa não terminou o questionário antes.
   *[other] { $count } pessoas não terminaram o questionário antes.
}
run-done-missing-post = { $count ->
    [one] 1 pessoa não terminou o questionário depois.
   *[other] { $count } pessoas não terminaram o questionário depois.
}
run-done-all = Todos terminaram os dois questionários.
run-finish = Terminar
run-next = Seguinte
run-back = Voltar
mentor-title = Modo de mentor
mentor-hint = Para um educador de pares que dá sessões: a aplicação mostra apenas «Dar uma sessão», «Módulos» e «Imprimir», em letra maior, e nada pode ser apagado nem alterado. Escolha um PIN para voltar a sair (a frase-passe também serve).
mentor-pin = PIN para sair do modo de mentor (4 a 8 algarismos)
mentor-pin-again = O mesmo PIN outra vez
mentor-pin-invalid = O PIN tem de ter 4 a 8 algarismos.
mentor-pin-mismatch = Os dois PIN não são iguais.
mentor-turn-on = Ativar o modo de mentor
mentor-leave = Sair do modo de mentor
mentor-leave-title = Sair do modo de mentor
mentor-leave-hint = Escreva o PIN escolhido ao ativar o modo, ou a frase-passe.
mentor-leave-wrong = Não é o PIN nem a frase-passe.
