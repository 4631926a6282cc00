# Questionários: as respostas fixas das perguntas verdadeiro/falso e de concordância, e os
# problemas que `respond validate` encontra em content/quiz.

quiz-option-true = Verdadeiro
quiz-option-false = Falso
quiz-option-dontknow = Não sei
quiz-option-1 = Discordo totalmente
quiz-option-2 = Discordo
quiz-option-3 = Não concordo nem discordo
quiz-option-4 = Concordo
quiz-option-5 = Concordo totalmente

cli-quiz-summary = questionário { $quiz }: { $count } perguntas ({ $domains }); línguas: { $languages }

problem-quiz-duplicate-item = o identificador de pergunta "{ $id }" é usado duas vezes
problem-quiz-unknown-item = nenhuma pergunta tem o identificador "{ $id }"
problem-quiz-unknown-module = a pergunta "{ $id }" indica o módulo "{ $module }", que não existe
problem-quiz-unknown-myth = a pergunta "{ $id }" indica o mito "{ $myth }", que não está em myths.toml
problem-quiz-bad-answer = a chave de resposta da pergunta "{ $id }" não corresponde ao seu tipo e opções
problem-quiz-missing-title = o questionário "{ $quiz }" não tem título em { $lang }
problem-quiz-missing-text = a pergunta "{ $id }" não tem texto em { $lang }
problem-quiz-option-mismatch = as opções da pergunta "{ $id }" são diferentes de items.toml (os mesmos identificadores, nenhuma vazia)
problem-quiz-no-explanation = a pergunta "{ $id }" não tem explicação em { $lang }
problem-quiz-truefalse-unbalanced = questionário "{ $quiz }": { $keyed } de { $total } perguntas verdadeiro/falso têm "verdadeiro" como resposta ({ $percent } %); mantenha entre 35 e 65 %
problem-quiz-right-option-long = em inglês, a resposta certa da pergunta "{ $id }" é { $ratio } vezes mais longa do que a média das outras opções; mantenha abaixo de 1,5
