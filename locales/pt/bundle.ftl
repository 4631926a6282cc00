# Pacotes: passar sessões à mão para outro computador (linha de comandos; a página na
# aplicação vem depois).

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
