# Sessões, a lista de participantes, os questionários (neste computador, introdução das folhas de resposta, vista de grupo) e os resultados da sessão.

session-new = Nova sessão
session-edit = Editar a sessão
session-save = Guardar a sessão
sessions-none = Ainda não há sessões. Comece por «Nova sessão».
sessions-back = Todas as sessões
session-date = Data
session-site = Local
session-audience = Público
session-language = Língua da sessão
session-participants = Participantes
session-status = Estado
session-open = Aberta
session-closed = Encerrada
session-close = Encerrar a sessão
session-close-future = Esta sessão tem a data de { $date }, que ainda não chegou. Encerrá-la inicia o calendário de seguimento a partir dessa data. Encerrar mesmo assim?
session-reopen = Reabrir a sessão
session-template-hint = Ao escolher um público, ficam selecionados os respetivos módulos e questionário; pode alterá-los.
session-trainers = Formador(es)
session-modules = Módulos ministrados
session-quiz = Questionário (o mesmo antes e depois)
quiz-items = { $count ->
    [one] { $count } pergunta
   *[other] { $count } perguntas
}
save = Guardar
cancel = Cancelar
yes = Sim
no = Não
invalid-date = Isto não é uma data. Escreva o dia, o mês e o ano, por ex. 14/01/2027.
invalid-required = Campo obrigatório.
invalid-modules = Escolha pelo menos um módulo.
invalid-date-range = Indique uma data entre 1990 e 2100.
invalid-too-long = É demasiado longo: no máximo 200 caracteres.
invalid-control-characters = Retire os caracteres de controlo invisíveis (tabulações, quebras de linha).
invalid-unknown = O Respond não conhece esta opção. Escolha uma da lista.
invalid-has-answers = Já há respostas registadas para esta pessoa: use Remover, que pergunta antes.
error-invalid-input = Parte do que foi introduzido não pode ser guardado. Verifique os campos e tente de novo.
error-not-found = Não foi encontrado. Pode ter sido eliminado.

roster-title = Participantes
roster-name = Nome (só para o certificado)
roster-name-hint = Deixar em branco para usar só o código
roster-name-column = Nome
roster-language = Língua
roster-release = Data de saída
roster-consent = Aceita ser contactado(a) para o seguimento
roster-consent-short = Seguimento
roster-add = Adicionar
roster-hint = Escreva um nome (ou nada) e prima Enter: cada pessoa recebe um código para o seu cartão. O cursor volta para a pessoa seguinte.
roster-code = Código
roster-sgic = Código pessoal
roster-actions = Ações
roster-details = Dados
roster-edit = Editar
roster-remove = Remover
# $who é a pessoa: o nome e o código, p. ex. «Maria Santos (K7M-R4T)», ou só o código.
roster-remove-confirm = Remover { $who } e todas as suas respostas?
roster-added = { $code } está na lista.
roster-undo = Anular: retirar { $code }
roster-remove-action = Remover { $code }
roster-edit-title = Participante { $code }
sgic-title = Código pessoal (para encontrar a pessoa no seguimento sem o nome)
sgic-hint = Pergunte à própria pessoa; poderá dar as mesmas respostas meses depois.
sgic-parent = Duas primeiras letras do nome próprio do pai ou da mãe
sgic-month = Mês de nascimento (1–12)
sgic-siblings = Número de irmãos e irmãs mais velhos
sgic-place = Primeira letra da localidade de nascimento
sgic-incomplete = Preencha as quatro partes do código pessoal, ou nenhuma.

tests-title = Questionários
phase-pre = Antes da formação
phase-post = Depois da formação
phase-followup = Seguimento
tests-kiosk = Neste computador
tests-grid = Introduzir folhas de resposta
tests-group = Vista de grupo
tests-hint = O mesmo questionário é usado antes e depois. As respostas ficam guardadas logo que são dadas.

kiosk-pin-title = Escolher um PIN de formador
kiosk-pin-hint = O questionário ocupa o ecrã inteiro. Os participantes não podem sair dele; para sair, use este PIN (4 a 8 algarismos).
kiosk-pin-invalid = Use 4 a 8 algarismos.
kiosk-pin-again = O mesmo PIN outra vez
kiosk-pin-mismatch = Os dois PIN não são iguais.
kiosk-start = Iniciar
kiosk-unlock-title = PIN do formador
error-kiosk-active = O ecrã do questionário está aberto. Quem dinamiza a sessão sai primeiro com o PIN.
error-mentor-mode = Isto não é possível no modo de mentor. Saia primeiro desse modo com o PIN (em cima, à direita).
kiosk-unlock-hint = O PIN de quem dinamiza a sessão, ou a frase-passe do Respond.
kiosk-tries-left = { $tries ->
    [one] Não é o PIN certo. Mais uma tentativa errada e o Respond fica bloqueado.
   *[other] Não é o PIN certo. Mais { $tries } tentativas erradas e o Respond fica bloqueado.
}
kiosk-leave = Sair do ecrã do questionário
kiosk-back-to-quiz = Voltar
kiosk-trainer-leave = Formador
kiosk-code-title = O seu código
kiosk-code-hint = Escreva o código que está no seu cartão.
kiosk-code-unknown = Este código não pertence a esta sessão. Verifique o seu cartão ou pergunte a quem dá a formação.
kiosk-begin = Começar
kiosk-progress = Pergunta { $current } de { $total }
kiosk-multi-hint = Pode escolher várias. Quando terminar, prima Seguinte.
kiosk-previous = Voltar
kiosk-next = Seguinte
kiosk-skip = Saltar
kiosk-review-title = As suas respostas e as respostas certas
kiosk-your-answer = A sua resposta
kiosk-right-answer = Resposta certa
kiosk-finish = Terminar
kiosk-thanks = Obrigado!
kiosk-hand-back = Devolva o computador a quem dá a formação.
kiosk-next-person = Pessoa seguinte

grid-title = Folhas de resposta: { $phase }
grid-save = Guardar
grid-close = Guardar e fechar
grid-hint = Uma linha por pessoa, uma casa por pergunta. Escreva a letra assinalada na folha (A, B, C…; verdadeiro / falso / não sei são A / B / C; a concordância é 1–5); o cursor avança sozinho. As colunas marcadas com + aceitam várias letras; depois, → avança. As setas deslocam o cursor; Enter passa à pessoa seguinte.
grid-key-refused = Esta pergunta só aceita { $keys }.
grid-status = Guardado?
grid-cell = { $code }, pergunta { $number }
grid-status-saved = Guardado
grid-status-dirty = Ainda não guardado
grid-status-invalid = Verifique as casas a vermelho
grid-status-empty = Sem respostas

group-reveal = Mostrar as respostas do grupo
group-facts = Mostrar os factos
group-answered = Respostas: { $answered } de { $people } pessoas.
group-answered-so-far = Já responderam: { $answered } de { $people } pessoas
group-waiting = Ainda não responderam (só neste ecrã):
group-privacy = Só são mostrados totais: sem nomes nem códigos.

results-session-title = Pontuações
results-domains-caption = Percentagem de respostas certas, por tema
results-domain = Tema
results-knowledge = Todas as perguntas de conhecimentos
results-people-caption = Por pessoa
domain-risks = Riscos
domain-signs = Sinais
domain-actions = O que fazer
domain-naloxone = Naloxona
domain-myths = Mitos
domain-confidence = Confiança (1–5)

# Paper answer sheets, and saving what was printed.
sheet-document-title = Folhas de resposta
sheet-code = Código
sheet-instruction = Assinale um quadrado por pergunta, a não ser que a pergunta peça para assinalar todas as respostas certas. Não tem a certeza? Assinale «Não sei» quando a pergunta o tiver; caso contrário, deixe-a em branco.
sheet-footer = Folha de resposta { $code }
sheet-footer-blank = Folha de resposta sem código
sheet-page = página { $page }
sheet-code-write = Escreva aqui o seu código
print-saved = Guardado: { $path }
print-open = Abrir
print-sheets = Imprimir folhas de resposta
paper-size = Papel
session-delete = Apagar a sessão
session-delete-confirm = { $people ->
    [0] Apagar esta sessão? Primeiro é feita uma cópia de segurança.
    [one] Apagar esta sessão, com a pessoa inscrita e as suas respostas? Primeiro é feita uma cópia de segurança.
   *[other] Apagar esta sessão, com as { $people } pessoas inscritas e todas as respostas? Primeiro é feita uma cópia de segurança.
}
session-delete-action = Apagar { $date } · { $site }

kit-label = Kit de naloxona
kit-none = Não registado
kit-status-at-training = Entregue na formação
kit-status-in-property = Guardado nos pertences para a saída
kit-status-on-release = Entregue no dia da saída
kit-status-declined = Não quis
kit-date = Data do kit
