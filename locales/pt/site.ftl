# O local habitual de formação, nas Definições.

site-title = O seu local de formação
site-hint = O país define o número de emergência indicado nos módulos. Os serviços locais aparecem nos módulos e no cartão de saída.
site-country = País
site-country-none = Não definido (112)
site-emergency-number = Número de emergência nos módulos: { $number }
site-local-services = Serviços locais, um por linha
site-local-services-hint = Por exemplo: um centro de acolhimento com morada e horário, uma linha de apoio, onde obter um novo kit de naloxona.
site-save = Guardar o local
site-saved = Guardado.
