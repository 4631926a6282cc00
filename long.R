# Script R de Respond : lit long.csv (une ligne par personne, phase et question) avec les types et les étiquettes de ses colonnes. Exécutez-le depuis le dossier qui contient le fichier CSV.

long <- read.csv(
  "long.csv",
  sep = ";", dec = ",", fileEncoding = "UTF-8-BOM", na.strings = "",
  colClasses = c(
  session_id = "integer",
  session_date = "Date",
  site = "character",
  audience = "character",
  session_language = "character",
  quiz_id = "character",
  participant = "character",
  phase = "character",
  mode = "character",
  language = "character",
  recorded_at = "character",
  item_id = "character",
  domain = "character",
  myth = "character",
  chosen = "character",
  correct = "integer",
  attempt_complete = "integer"
  )
)
long$phase <- factor(long$phase, levels = c("pre", "post", "followup"))
long$audience <- factor(long$audience, levels = c("custody", "peers", "clinical", "officers"))
attr(long$session_id, "label") <- "Numéro de la séance dans cette base de données"
attr(long$session_date, "label") <- "Date de la séance de formation"
attr(long$site, "label") <- "Lieu de la séance"
attr(long$audience, "label") <- "Public de la séance"
attr(long$session_language, "label") <- "Langue dans laquelle la séance a eu lieu"
attr(long$quiz_id, "label") <- "Questionnaire utilisé avant, après et au suivi"
attr(long$participant, "label") <- "Code de participant (pseudonyme)"
attr(long$phase, "label") <- "Moment où le questionnaire a été passé"
attr(long$mode, "label") <- "Mode de réponse"
attr(long$language, "label") <- "Langue dans laquelle la personne a répondu"
attr(long$recorded_at, "label") <- "Date et heure d’enregistrement des réponses (UTC)"
attr(long$item_id, "label") <- "Identifiant de la question (le même dans toutes les langues et à tous les moments)"
attr(long$domain, "label") <- "Thème de la question"
attr(long$myth, "label") <- "Idée reçue testée par la question, le cas échéant"
attr(long$chosen, "label") <- "Options choisies, séparées par des points-virgules"
attr(long$correct, "label") <- "Réponse juste ou non"
attr(long$attempt_complete, "label") <- "Passage terminé ou non (chaque question a une ligne de réponse, même passée)"
attr(long$correct, "labels") <- c("bonne réponse" = 1L, "mauvaise réponse ou sans réponse" = 0L)
attr(long$attempt_complete, "labels") <- c("terminé" = 1L, "partiel" = 0L)
