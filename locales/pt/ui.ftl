# Os textos da aplicação. Mantenha os identificadores; traduza o texto depois de «=».

app-name = Respond
app-tagline = Formação em resposta à overdose
skip-to-content = Ir para o conteúdo
nav-label = Secções principais
language-label = Língua
loading = A carregar…

nav-modules = Módulos
nav-sessions = Sessões
nav-followup = Seguimento
nav-results = Resultados
nav-print = Imprimir
nav-settings = Definições

area-not-ready = Esta parte do Respond ainda não está pronta nesta versão. Eis o que vai fazer:

modules-title = Módulos de formação
modules-lead = As lições que ensina: leia-as e projete-as com as suas notas ao lado.
modules-plan-1 = Sete módulos: noções básicas sobre a overdose, como agir passo a passo, naloxona e naltrexona, ventilações e reanimação, exposição ao fentanil, as primeiras semanas depois da saída da prisão, e mitos.
modules-plan-2 = Cada módulo em inglês, francês, alemão, neerlandês e português, com notas do formador e fontes.
modules-plan-3 = Um modo de apresentação para o projetor, com as notas só no seu ecrã.

sessions-title = Sessões
sessions-lead = Prepare uma formação, registe os participantes e aplique os questionários antes e depois.
sessions-plan-1 = Escolha o público, os módulos, o local e a língua.
sessions-plan-2 = Registe os participantes depressa; cada um recebe um código curto em vez do nome.
sessions-plan-3 = Questionários neste computador, em folhas de resposta em papel ou numa vista de grupo no projetor.

followup-title = Seguimento
followup-lead = Veja quem deve ser reavaliado 3 a 6 meses após a formação e volte a aplicar o questionário.
followup-plan-1 = Listas, por local, de quem deve ser reavaliado agora, já está em atraso ou vai ser em breve.
followup-plan-2 = Encontre uma pessoa pelo seu código, sem o nome.
followup-plan-3 = Uma lista de convocatória para imprimir e datas para a agenda.

results-title = Resultados
results-lead = Veja o que as pessoas aprenderam e aquilo de que ainda se lembram, sem nomes.
results-plan-1 = Conhecimentos antes, depois e no seguimento, por tema e por mito.
results-plan-2 = Números por local e por público, com gráficos.
results-plan-3 = Exportações para R, SPSS e Excel, e um relatório em PDF.

print-title = Imprimir
print-lead = Imprima certificados, folhetos sobre mitos e cartões de saída, na língua de cada pessoa.
print-plan-1 = Certificados de todo o grupo num só PDF, com um código que qualquer pessoa pode verificar.
print-plan-2 = Folhetos sobre os mitos que importam ao seu público.
print-plan-3 = Um cartão de saída de bolso com os passos da resposta e os serviços locais.

settings-title = Definições
settings-language = Língua da aplicação
settings-language-hint = Menus e botões. Cada sessão e cada pessoa pode ter a sua própria língua.
settings-text-size = Tamanho do texto
settings-text-size-hint = Texto maior lê-se melhor no projetor.
text-size-normal = Normal
text-size-large = Grande
text-size-larger = Muito grande
settings-data = Os seus dados
settings-data-location = O Respond guarda tudo neste computador, nesta pasta:
settings-version = Respond versão { $version }

error-title = Algo correu mal
error-database = Não foi possível ler ou escrever a base de dados. Nada foi alterado.
error-migration = Não foi possível atualizar a base de dados. Os seus dados estão como estavam e foi guardada uma cópia de segurança.
error-io = Não foi possível ler ou escrever um ficheiro. Verifique se o disco não está cheio.
error-no-data-dir = O Respond não encontrou nenhuma pasta para guardar os dados.
error-unknown-language = Esta língua não está disponível.
error-internal = O Respond encontrou um problema inesperado. Nada foi alterado.
error-retry = Tentar de novo
