# Palavras impressas nos certificados (src/certificates.rs) e mensagens de
# `respond print certificates`, `respond verify` e `respond bench pdf`.

## O certificado

certificates-document-title = Certificados
certificates-title = Certificado de formação
certificates-subtitle = Resposta à overdose e naloxona
# Por cima do nome da pessoa.
certificates-certifies = Certifica-se que
# Por baixo do nome, por cima da lista de módulos.
certificates-completed = concluiu a formação
certificates-date-label = Data
certificates-site-label = Local
certificates-trainers-label = Ministrada por
certificates-serial = Número de série
certificates-verify-hint = Para confirmar a autenticidade: a entidade que o emitiu pode confirmá-lo pelo número { $serial } ou pelo código QR.
certificates-key = Assinado com a chave Respond { $fingerprint }

## `respond print certificates` e `respond verify`

certificates-cli-names-missing = Nenhum certificado impresso: um certificado precisa do nome da pessoa. Acrescente um nome para { $codes } na lista de participantes e imprima de novo.
certificates-cli-names-unprintable = Nenhum certificado impresso: o nome de { $codes } tem caracteres que um certificado ainda não consegue imprimir (imprime letras latinas, gregas e cirílicas). Escreva o nome com essas letras.
certificates-verify-valid = Certificado { $serial } válido, assinado com a chave { $fingerprint }.
certificates-verify-name = Nome: { $name }
certificates-verify-date = Data: { $date }
certificates-verify-site = Local: { $site }
certificates-verify-modules = Módulos: { $modules }
certificates-verify-language = Língua: { $language }
certificates-invalid-malformed = Inválido: isto não é o texto do código QR de um certificado, ou falta uma parte.
certificates-invalid-altered = Inválido: o certificado foi alterado depois de ter sido assinado.
certificates-invalid-other-key = Não verificado: foi assinado por outra instalação do Respond (chave { $fingerprint }). Verifique-o com a chave pública dessa instalação: respond verify --key <chave pública> <texto do código QR>.
certificates-invalid-unknown-serial = Nenhum certificado com o número de série { $serial } foi emitido neste computador.
certificates-public-key = Chave pública desta instalação: { $key }
certificates-public-key-fingerprint = A sua impressão digital, impressa em cada certificado: { $fingerprint }

## `respond bench pdf`

certificates-bench-certificates = Respond, { $count } certificados num só PDF
certificates-bench-handouts = Respond, os { $count } folhetos (4 públicos × 5 línguas)
certificates-bench-libreoffice = LibreOffice, { $count } certificados ODT convertidos em PDF
certificates-bench-line = { $name }: mediana { $median } ms (medições: { $runs } ms)
certificates-bench-ratio = Razão LibreOffice / Respond para { $count } certificados: { $ratio }
certificates-bench-pages = Páginas de certificado por segundo: { $rate }
certificates-bench-no-soffice = O LibreOffice (soffice) não está instalado: sem comparação.

# O que a aplicação mostra para estes erros (códigos «name-required» e «invalid-certificate»).
error-name-required = Um certificado precisa do nome da pessoa, em letras latinas, gregas ou cirílicas. Acrescente ou corrija os nomes dos participantes e imprima de novo.
error-invalid-certificate = Este certificado não é válido: foi alterado depois de ter sido assinado, ou foi assinado por outra instalação.
