# A biblioteca de módulos, a leitura de um módulo e o modo de apresentação.

modules-content-language = Língua do conteúdo
modules-content-language-hint = A língua das lições e dos diapositivos. Pode ser diferente da língua da aplicação.
modules-audience = Público
modules-audience-all = Todos
modules-search = Pesquisar
modules-search-hint = Palavras do título ou do resumo
modules-count = { $count ->
    [one] { $count } módulo
   *[other] { $count } módulos
}
modules-none-found = Nenhum módulo corresponde. Limpe a pesquisa ou escolha outro público.
module-minutes = { $minutes } min
module-slides = { $count ->
    [one] { $count } diapositivo
   *[other] { $count } diapositivos
}
module-languages = Línguas
module-language-missing = não disponível em { $language }
module-has-problems = Alguns ficheiros deste módulo têm erros. O conteúdo fornecido não tem nenhum: alguém o alterou. Execute "respond validate" para os ver.
module-open = Ler
module-present = Apresentar
module-back = Voltar aos módulos
module-objectives = Objetivos
module-notes = Notas para quem dá a formação
module-sources = Fontes
module-not-in-language = Este módulo ainda não está disponível nesta língua.
content-problems-title = Problemas nos ficheiros de conteúdo
presenter-label = Modo de apresentação
presenter-exit = Sair
presenter-notes-show = Mostrar notas
presenter-notes-hide = Ocultar notas
presenter-next = Seguinte
presenter-previous = Anterior
presenter-fullscreen = Ecrã inteiro
presenter-position = Diapositivo { $current } de { $total }
presenter-help = Seguinte: → Page Down Espaço · Voltar: ← Page Up · Notas: N · Ecrã preto: B · Ecrã inteiro: F · Sair: Esc
presenter-blank = O ecrã está preto. Prima B ou uma seta para voltar a mostrar o diapositivo.
presenter-on-projector = Agora no projetor
presenter-projector-blank = O projetor está preto. Prima B ou uma seta para voltar a mostrar o diapositivo.
presenter-blank-projector = Projetor em preto
presenter-next-slide = Diapositivo seguinte (clique para ir para ele)
presenter-end = Este é o último diapositivo.
presenter-elapsed = Tempo
presenter-timer-pause = Pausa
presenter-timer-resume = Retomar
presenter-timer-reset = Recomeçar
presenter-slides = Diapositivos
presenter-help-console = Seguinte: → Page Down Espaço · Voltar: ← Page Up · Projetor em preto: B · Sair: Esc · Clique num diapositivo da lista para ir diretamente para ele
error-module-not-found = Este módulo não está disponível nesta língua.
