# Mensagens da linha de comandos `respond` e de `respond validate`.

cli-error = Erro: { $error }
cli-validate-summary = { $count ->
    [0] Não foram encontrados problemas.
    [one] Foi encontrado 1 problema.
   *[other] Foram encontrados { $count } problemas.
}
cli-info-data-dir = Pasta dos dados: { $path }
cli-info-database = Base de dados: { $path }
cli-info-schema = Versão do esquema da base de dados: { $version }
cli-info-installation = Instalação: { $uid } (o identificador das suas linhas numa base regional)
cli-info-language = Língua da aplicação: { $language }
cli-bench-startup-line = { $name }: mediana de { $median } ms até à primeira imagem (medições: { $runs } ms)
cli-bench-startup-ratio = Razão Respond / hello-world: { $ratio }
cli-bench-build = Compilação medida: { $build }
cli-bench-startup-memory-app = Respond, memória em repouso de todos os seus processos: { $mb } MB
cli-bench-startup-memory-reference = Tauri hello-world, memória em repouso de todos os seus processos: { $mb } MB
cli-bench-startup-memory-ratio = Razão da memória em repouso, Respond / hello-world: { $ratio }
cli-bench-results-memory-results = Memória máxima ao calcular a página de resultados: { $mb } MB
cli-bench-results-memory-export = Memória máxima ao escrever o CSV longo: { $mb } MB

problem-no-files = não há ficheiros .ftl aqui
problem-extra-file = este ficheiro não tem equivalente em inglês
problem-missing-file = falta a tradução ({ $lang }) deste ficheiro
problem-missing-message = falta a mensagem «{ $id }» em { $lang }
problem-extra-message = a mensagem «{ $id }» não existe em inglês: remova-a ou acrescente-a ao inglês
problem-duplicate-message = a mensagem «{ $id }» também está em { $file }: cada mensagem só pode estar num ficheiro
problem-variables-differ = a mensagem «{ $id }» usa as variáveis { $found }, o inglês usa { $expected }
problem-attributes-differ = a mensagem «{ $id }» tem os atributos { $found }, o inglês tem { $expected }
problem-empty-message = a mensagem «{ $id }» está vazia
problem-syntax = erro de sintaxe: { $error }
problem-unreadable = não é possível ler este ficheiro: { $error }
cli-bench-results-data = Base de dados de demonstração: { $participants } participantes, { $rows } respostas.
cli-bench-results-line = { $name }: mediana de { $median } ms (medições: { $runs } ms)
cli-bench-results-ratio = Razão face à exportação CSV das mesmas linhas pelo sqlite3: CSV em formato longo { $export }, página Resultados { $results }
cli-bench-results-no-sqlite = O sqlite3 não está instalado: não há referência para comparar.
cli-bench-bundle-data = Base de dados de demonstração: { $participants } participantes, num só pacote.
cli-bench-bundle-ratio = Razão entre a importação e a exportação: { $ratio }
cli-bench-pool-data = Base de dados de demonstração: { $participants } participantes, { $answers } respostas.
cli-bench-pool-ratio = Razão entre o envio e o COPY do PostgreSQL do CSV em formato longo: { $ratio }
cli-demo-done = Dados de exemplo adicionados: { $sessions } sessões em { $sites } locais, { $participants } participantes.
cli-validate-warning = aviso: { $problem }
cli-bench-scan-data = { $pages } páginas de folhas de resposta a { $dpi } dpi, metade digitalizadas, metade fotografadas (compilação { $build }).
cli-bench-scan-accuracy = Quadrados bem lidos: { $right } % de { $boxes }. Mal lidos mas assinalados: { $flagged }; mal lidos e não assinalados: { $silent }. Perguntas assinaladas para verificar: { $questions } de { $total }.
cli-bench-scan-rate = Páginas lidas por segundo: { $rate }
cli-bench-scan-ratio = Razão entre ler e escrever as mesmas respostas a 2 teclas por segundo: { $ratio }
