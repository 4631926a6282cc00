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
nav-programme = Programa
nav-print = Imprimir
nav-settings = Definições


modules-title = Módulos de formação
modules-lead = As lições que ensina: leia-as e projete-as com as suas notas ao lado.

sessions-title = Sessões
sessions-lead = Prepare uma formação, registe os participantes e aplique os questionários antes e depois.

followup-title = Seguimento
followup-lead = Veja quem deve ser reavaliado 3 a 6 meses após a formação e volte a aplicar o questionário.

results-title = Resultados
results-lead = Veja o que as pessoas aprenderam e aquilo de que ainda se lembram, sem nomes.

print-title = Imprimir
print-lead = Imprima certificados, folhetos sobre mitos e cartões de saída, na língua de cada pessoa.

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

# A data da sessão: $day e $month são números (mês de 1 a 12), $year é o ano.
date-long = { $day } de { $month ->
    [1] janeiro
    [2] fevereiro
    [3] março
    [4] abril
    [5] maio
    [6] junho
    [7] julho
    [8] agosto
    [9] setembro
    [10] outubro
    [11] novembro
   *[12] dezembro
} de { $year }
# O que um campo de data vazio mostra: dia, mês, ano, na ordem e nas palavras da língua.
date-placeholder = dd/mm/aaaa
