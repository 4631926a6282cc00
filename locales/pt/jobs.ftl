# Tarefas longas (exportações, relatório, cópias de segurança, restauro, importação de pacotes, pool, dados de exemplo):
# o seu progresso e o botão que as para, no ecrã e na linha de comandos.

job-working = A trabalhar…
# $percent: de 0 a 100.
job-progress = { $percent }%
job-cancel = Parar
job-stopping = A parar…
error-cancelled = Interrompido antes do fim. Nada foi guardado.
