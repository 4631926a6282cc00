# A base regional: uma base de dados PostgreSQL gerida pela região (Definições, e respond pool).
pool-title = Base regional
pool-intro = Se a sua região tem uma base de dados PostgreSQL para o programa, o Respond pode enviar-lhe os resultados deste computador: sessões, códigos dos participantes, questionários e kits. Os nomes, os códigos pessoais e os certificados nunca saem deste computador, e o Respond funciona da mesma forma sem a base.
pool-url = Endereço da base
pool-url-hint = postgresql://utilizador:palavra-passe@servidor/base?sslmode=require — fornecido por quem gere a base.
pool-url-show = Mostrar o endereço
pool-save = Guardar o endereço
pool-saved = Endereço guardado.
pool-check = Testar a ligação
pool-push = Enviar agora
pool-checked = Ligado: { $server }. A base tem { $installations } instalações e { $participants } pessoas.
pool-pushed = Enviado: { $sessions } sessões, { $participants } pessoas, { $attempts } questionários ({ $new } novos, { $updated } atualizados, { $removed } removidos).
pool-last = Último envio a { $date }: { $new } novos, { $updated } atualizados, { $removed } removidos.
pool-never = Ainda nada foi enviado.
pool-stage-connect = A ligar…
pool-stage-sessions = A enviar { $count } sessões…
pool-stage-participants = A enviar { $count } pessoas…
pool-stage-attempts = A enviar { $count } questionários…
pool-stage-answers = A enviar as respostas ({ $count })…
error-pool = Não foi possível usar a base regional. Nada foi alterado neste computador.
error-pool-bad-url = Isto não é um endereço de base: começa por postgresql:// e indica o servidor e a base.
error-pool-tls-required = Uma base noutro computador exige uma ligação cifrada: acrescente ?sslmode=require ao endereço.
error-pool-unreachable = Nenhuma base respondeu neste endereço. Verifique o nome e a porta do servidor, e a rede. Nada foi alterado neste computador.
error-pool-credentials = A base recusou o nome de utilizador ou a palavra-passe. Nada foi alterado neste computador.
error-pool-server = A base recusou os dados. Nada foi alterado neste computador; avise quem gere a base.
