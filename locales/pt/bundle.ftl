# Pacotes: passar sessões à mão para outro computador (linha de comandos e página na
# aplicação).

bundle-cli-passphrase = Frase-passe do pacote:
bundle-cli-exported = Guardado em { $path }: { $sessions ->
    [one] uma sessão
   *[other] { $sessions } sessões
}, { $participants ->
    [one] uma pessoa
   *[other] { $participants } pessoas
}, { $attempts ->
    [one] um questionário
   *[other] { $attempts } questionários
}, { $names ->
    [0] nenhum nome
    [one] um nome
   *[other] { $names } nomes
}.
bundle-cli-trust = Os pacotes deste computador são novos aqui. Compare a chave { $fingerprint } com a que o outro computador mostra (respond verify --show-key) e depois importe de novo com --trust.
bundle-cli-imported = Importado.
bundle-cli-conflicts-ours = { $count ->
    [one] Um registo alterado nos dois computadores ficou como está aqui.
   *[other] { $count } registos alterados nos dois computadores ficaram como estão aqui.
} Importe de novo com --theirs para ficar com a versão do pacote.
bundle-cli-conflicts-theirs = { $count ->
    [one] Um registo alterado nos dois computadores ficou com a versão do pacote.
   *[other] { $count } registos alterados nos dois computadores ficaram com a versão do pacote.
}
bundle-cli-from-known = Da instalação { $installation }, chave { $fingerprint }, conhecida aqui.
bundle-cli-from-new = Da instalação { $installation }, chave { $fingerprint }, nunca vista aqui.
bundle-cli-tally = { $kind }: { $new } novos, { $updated } atualizados, { $unchanged } sem alterações, { $kept } alterados só aqui (mantidos)
bundle-kind-sessions = Sessões
bundle-kind-participants = Pessoas
bundle-kind-attempts = Questionários
bundle-cli-conflict = Alterado nos dois computadores: { $kind } { $label }
bundle-conflict-session = sessão
bundle-conflict-participant = pessoa
bundle-conflict-test = questionário

error-bundle = O pacote foi recusado. Nada foi alterado.
error-bundle-passphrase = Esta frase-passe não abre o pacote. Nada foi alterado.
error-bundle-damaged = Isto não é um pacote do Respond, ou foi alterado depois de ser criado. Nada foi alterado.
error-bundle-newer-format = Este pacote foi criado por uma versão mais recente do Respond. Atualize o Respond e importe-o de novo.
error-bundle-key-changed = Este pacote indica um computador conhecido aqui, mas está assinado com outra chave. Foi recusado; nada foi alterado.
error-bundle-untrusted = Os pacotes deste computador são novos aqui: compare primeiro a chave com a do outro computador e depois confirme.

## A página na aplicação: Definições → Partilhar com outro computador

share-title = Partilhar com outro computador
share-intro = Leve sessões para outro computador numa pen USB: para um seguimento feito noutro sítio, ou para juntar os resultados de um programa. O ficheiro fica protegido por uma frase-passe à sua escolha; passe-a ao outro formador de outra forma que não a pen.
share-this-laptop = Chave deste computador: { $fingerprint }. O outro computador mostra-a quando abre o seu primeiro pacote: compare as duas.
share-export-title = Criar um pacote
share-what = O que leva
share-what-all = Todas as sessões
share-what-session = Uma sessão
share-what-since = Sessões a partir de uma data
share-with-names = Com os nomes dos participantes
share-with-names-hint = Sem esta opção, o pacote leva só códigos. Com ela, quem tiver o ficheiro e a frase-passe pode ler os nomes: escolha-a só se o outro computador precisar deles, para certificados.
share-passphrase = Frase-passe deste pacote (pelo menos 10 caracteres)
share-passphrase-again = A mesma frase-passe outra vez
share-export = Criar o pacote
share-copy = Copie-o para a pen.
share-import-title = Abrir um pacote de outro computador
share-import-hint = Copie o ficheiro da pen para { $folder } para o ver aqui, ou escolha-o.
share-import-none = Ainda não há nenhum pacote nessa pasta.
share-choose = Escolher um ficheiro…
share-import-passphrase = A frase-passe do pacote
share-look = Ver o conteúdo
share-from-known = Do computador com a chave { $fingerprint }, conhecido aqui.
share-from-new = De um computador novo aqui, com a chave { $fingerprint }. Compare-a com a chave que o formador desse computador vê nesta página.
share-trust = As chaves coincidem: aceitar pacotes deste computador
share-has-names = { $count ->
    [0] Não tem nomes.
    [one] Tem um nome.
   *[other] Tem { $count } nomes.
}
share-conflicts = Alterado nos dois computadores desde a última troca:
share-keep-ours = Manter a versão deste computador
share-take-theirs = Ficar com a versão do pacote
share-import = Importar
share-imported = Importado.
share-nothing-new = Nada de novo: tudo o que tem já está aqui.

# A record in conflict: what differs, field by field.
bundle-field-date = Data
bundle-field-site = Local
bundle-field-trainers = Formador(es)
bundle-field-audience = Público
bundle-field-language = Língua
bundle-field-quiz_id = Questionário
bundle-field-modules = Módulos
bundle-field-closed_at = Encerrada
bundle-field-created_at = Criado
bundle-field-code = Código
bundle-field-sgic = Código pessoal
bundle-field-consent_followup = Aceita o seguimento
bundle-field-release_date = Data de saída
bundle-field-followup = Reencontrado no seguimento
bundle-field-booster = Reforço
bundle-field-kit = Kit de naloxona
bundle-field-certificate = Certificado
bundle-field-phase = Momento
bundle-field-bank_version = Versão do banco de perguntas
bundle-field-mode = Forma de resposta
bundle-field-recorded_at = Registado
bundle-field-answers = Perguntas respondidas
share-conflict-here = Neste computador
share-conflict-bundle = No pacote
share-conflict-choose = Escolha, para cada registo, a versão que fica. O Respond não volta a perguntar sobre um registo já decidido.
bundle-cli-conflict-id = identificador { $uid }
bundle-cli-difference = { $field }: aqui { $ours }, no pacote { $theirs }
bundle-cli-choose = Para escolher registo a registo: --take ID fica com a versão do pacote, --keep ID mantém a deste computador e deixa de perguntar.
