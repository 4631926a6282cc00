# Proteger os dados: a frase-passe, o bloqueio, as cópias de segurança, o registo, apagar nomes.

data-set-title = Definir uma frase-passe
data-set-intro = O Respond guarda tudo neste computador, protegido com uma frase-passe. Escolha uma de que se lembre: algumas palavras separadas por espaços funcionam bem.
data-unencrypted-intro = Os dados que já tem serão protegidos com esta frase-passe.
data-passphrase = Frase-passe
data-passphrase-confirm = Escreva a frase-passe outra vez
data-passphrase-warning = Se a frase-passe se perder, ninguém volta a conseguir abrir os dados. Anote-a e guarde-a num lugar seguro.
data-passphrase-min = Pelo menos { $count } caracteres.
data-strength = Robustez: { $score ->
    [0] muito fraca
    [1] fraca
    [2] razoável
    [3] boa
   *[4] forte
}
data-set-submit = Definir a frase-passe e começar
data-unlock-title = Desbloquear o Respond
data-unlock-intro = Escreva a frase-passe para abrir as suas sessões e resultados.
data-unlock-submit = Desbloquear
data-lock = Bloquear
data-damaged-title = Não é possível abrir os dados
data-damaged-intro = O ficheiro de dados deste computador está danificado. Escolha uma cópia de segurança para o substituir.

invalid-too-short = Esta frase-passe é demasiado curta.
invalid-mismatch = As duas frases-passe não são iguais.
invalid-out-of-range = Este número está fora do permitido.
invalid-exists = Já existe uma frase-passe: use-a para desbloquear.
error-wrong-passphrase = Esta frase-passe não abre os dados. Verifique-a e tente outra vez.
error-locked = O Respond está bloqueado. Escreva a frase-passe para continuar.
error-disk-full = O disco está cheio: a última alteração não foi guardada e nada mais se perdeu. Liberte espaço e tente outra vez.
error-database-corrupt = O ficheiro de dados está danificado e não pode ser lido. Pode repor uma cópia de segurança.

data-title = Proteção de dados
data-change-title = Mudar a frase-passe
data-current-passphrase = Frase-passe atual
data-new-passphrase = Nova frase-passe
data-change-submit = Mudar a frase-passe
data-passphrase-changed = A frase-passe foi mudada.
data-lock-minutes = Bloquear após este número de minutos sem utilização (0: nunca)
data-keep-backups = Número de cópias de segurança a manter
data-save = Guardar
data-saved = Guardado.

data-backups-title = Cópias de segurança
data-backups-hint = O Respond faz uma cópia de segurança quando o desbloqueia e depois uma vez por dia enquanto o usa. Cada cópia fica protegida com a frase-passe em uso quando foi feita.
data-back-up-now = Fazer cópia agora
data-backed-up = Cópia de segurança feita.
data-no-backups = Ainda não há cópias de segurança.
data-backup-kind-automatic = Automática
data-backup-kind-manual = Feita à mão
data-backup-kind-before-upgrade = Antes de uma atualização
data-backup-kind-before-restore = Antes de uma reposição
data-backup-open = Ver o conteúdo
data-backup-passphrase = Frase-passe desta cópia
data-backup-show = Mostrar o que contém
data-preview-title = Esta cópia contém
data-preview-made = Feita em { $date }
data-preview-sessions = { $count ->
    [one] 1 sessão
   *[other] { $count } sessões
}
data-preview-participants = { $count ->
    [one] 1 participante
   *[other] { $count } participantes
}
data-preview-attempts = { $count ->
    [one] 1 questionário respondido
   *[other] { $count } questionários respondidos
}
data-preview-newest = Sessão mais recente: { $date }
data-preview-version = Versão do formato dos dados: { $version }
data-restore = Repor esta cópia
data-restore-confirm = Substituir os dados deste computador por esta cópia de segurança? Primeiro é feita uma cópia dos dados atuais.
roster-erase-name-action = Apagar o nome de { $code }
data-erase-names-action = Apagar os nomes
data-restore-action = Substituir por esta cópia de segurança
data-restored = A cópia de segurança foi reposta.

data-audit-title = Registo de operações
data-audit-hint = Cada alteração aos dados fica registada aqui. Cada linha está ligada à anterior, por isso uma linha alterada depois nota-se.
data-audit-intact = Cada entrada está encadeada à anterior, e o registo ainda contém tudo o que a cópia de segurança mais recente continha.
data-audit-broken = O registo foi alterado a partir da linha { $id }.
data-audit-cut = As entradas até { $id } estavam na cópia de segurança de { $date }, mas faltam ou foram alteradas: o registo foi cortado ou reescrito.
data-audit-anchor = { $count } entradas; a mais recente termina em { $hash }. Entradas removidas desde a cópia de segurança mais recente, ou um registo reescrito por alguém que conhece a frase-passe, só se notam comparando com algo guardado noutro lado: anote estes valores, ou guarde uma exportação ou um relatório impresso, que os incluem.
data-audit-export = Exportar o registo
data-audit-exported = Guardado em { $path }
data-audit-when = Quando
data-audit-what = O quê
data-audit-detail = Pormenor
data-action-create = Criado
data-action-edit = Alterado
data-action-delete = Eliminado
data-action-export = Exportado
data-action-print = Impresso
data-action-erase = Apagado
data-action-backup = Cópia feita
data-action-restore = Reposto
data-action-passphrase-change = Frase-passe mudada
data-action-unlock = Desbloqueado
data-action-kiosk = Quiosque do questionário
data-action-import = Importado
data-action-push = Enviado para a base regional
data-action-scan = Folha de resposta digitalizada guardada
data-object-database = os dados
data-object-bundle = pacote de outro computador
data-object-session = sessão
data-object-participant = participante
data-object-answer-sheet = folha de resposta
data-object-answers = respostas
data-object-certificate = certificado
data-object-printout = impressão
data-object-session-names = nomes da sessão
data-object-participant-name = nome do participante
data-object-audit = registo
data-object-auto = cópia automática
data-object-manual = cópia feita à mão
data-object-results = resultados
data-object-followup = seguimento
data-object-calendar = calendário de seguimento
data-object-sample-data = dados de exemplo

data-erase-title = Apagar nomes
data-erase-hint = Os nomes só são precisos para os certificados. Apagá-los mantém os códigos, as respostas e os resultados.
data-erase-session = Sessão
data-erase-choose = Escolha uma sessão…
data-erase-names = Apagar nomes
data-erase-names-confirm = Apagar os nomes de todas as pessoas desta sessão? Os códigos, as respostas e os resultados ficam, mas deixa de ser possível imprimir certificados com o nome delas. Não é possível desfazer.
data-erased-names = { $count ->
    [one] 1 nome apagado.
   *[other] { $count } nomes apagados.
}
roster-erase-name = Apagar nome
roster-erase-name-confirm = Apagar o nome de { $code }? As respostas e os resultados ficam.

data-cli-passphrase = Frase-passe:
data-cli-new-passphrase = Nova frase-passe:
data-cli-confirm-passphrase = Escreva a frase-passe outra vez:
data-cli-backup-passphrase = Frase-passe da cópia de segurança:
data-cli-preview = Cópia de { $date } (formato dos dados { $version }): { $sessions } sessões, { $participants } participantes, { $attempts } questionários respondidos; sessão mais recente: { $newest }.
data-cli-confirm-restore = Substituir os dados por esta cópia? [s/N]
data-cli-restored = Reposto em { $path }.
data-cli-erased = { $count ->
    [one] 1 nome apagado.
   *[other] { $count } nomes apagados.
}
data-cli-audit-exported = { $count } linhas escritas em { $path }.
data-printouts-title = Impressões e exportações
data-printouts-hint = Os certificados e as listas têm nomes; as exportações têm códigos. Apague os antigos depois de entregues ou arquivados.
data-printouts-days = Com mais de (dias)
data-printouts-delete = Apagar impressões antigas
data-printouts-confirm = Apagar todas as impressões, exportações e calendários da pasta de impressão com mais de { $days } dias?
data-printouts-deleted = { $count ->
    [one] Um ficheiro apagado.
   *[other] { $count } ficheiros apagados.
}
