* SPSS-Syntax aus Respond: liest wide.csv mit Variablen- und Wertelabels. Öffnen Sie sie in SPSS oder PSPP und führen Sie sie in dem Ordner aus, in dem die CSV-Datei liegt.
* Encoding: UTF-8.

SET DECIMAL=COMMA.
GET DATA
  /TYPE=TXT
  /FILE='wide.csv'
  /ENCODING='UTF8'
  /ARRANGEMENT=DELIMITED
  /DELCASE=LINE
  /FIRSTCASE=2
  /DELIMITERS=";"
  /QUALIFIER='"'
  /VARIABLES=
    session_id F8.0
    session_date A10
    site A32
    audience A8
    quiz_id A8
    participant A7
    language A2
    consent_followup F8.0
    kit A11
    kit_date A10
    mode_pre A5
    score_pre F8.2
    risks_pre F8.2
    signs_pre F8.2
    actions_pre F8.2
    naloxone_pre F8.2
    myths_pre F8.2
    confidence_pre F8.2
    mode_post A5
    score_post F8.2
    risks_post F8.2
    signs_post F8.2
    actions_post F8.2
    naloxone_post F8.2
    myths_post F8.2
    confidence_post F8.2
    mode_fu A5
    score_fu F8.2
    risks_fu F8.2
    signs_fu F8.2
    actions_fu F8.2
    naloxone_fu F8.2
    myths_fu F8.2
    confidence_fu F8.2
    signs_triad_pre F8.0
    signs_triad_post F8.0
    signs_triad_fu F8.0
    signs_other_pre F8.0
    signs_other_post F8.0
    signs_other_fu F8.0
    signs_snoring_pre F8.0
    signs_snoring_post F8.0
    signs_snoring_fu F8.0
    risks_factors_pre F8.0
    risks_factors_post F8.0
    risks_factors_fu F8.0
    action_call_pre F8.0
    action_call_post F8.0
    action_call_fu F8.0
    naloxone_stay_wears_off_pre F8.0
    naloxone_stay_wears_off_post F8.0
    naloxone_stay_wears_off_fu F8.0
    action_after_waking_pre F8.0
    action_after_waking_post F8.0
    action_after_waking_fu F8.0
    naloxone_vs_naltrexone_pre F8.0
    naloxone_vs_naltrexone_post F8.0
    naloxone_vs_naltrexone_fu F8.0
    naloxone_no_opioids_pre F8.0
    naloxone_no_opioids_post F8.0
    naloxone_no_opioids_fu F8.0
    naloxone_duration_pre F8.0
    naloxone_duration_post F8.0
    naloxone_duration_fu F8.0
    naloxone_second_dose_pre F8.0
    naloxone_second_dose_post F8.0
    naloxone_second_dose_fu F8.0
    naloxone_nasal_no_breathing_pre F8.0
    naloxone_nasal_no_breathing_post F8.0
    naloxone_nasal_no_breathing_fu F8.0
    naloxone_lay_people_may_pre F8.0
    naloxone_lay_people_may_post F8.0
    naloxone_lay_people_may_fu F8.0
    action_not_breathing_cpr_pre F8.0
    action_not_breathing_cpr_post F8.0
    action_not_breathing_cpr_fu F8.0
    action_unresponsive_pre F8.0
    action_unresponsive_post F8.0
    action_unresponsive_fu F8.0
    action_rescue_breath_rate_pre F8.0
    action_rescue_breath_rate_post F8.0
    action_rescue_breath_rate_fu F8.0
    action_cpr_30_2_pre F8.0
    action_cpr_30_2_post F8.0
    action_cpr_30_2_fu F8.0
    risks_first_weeks_out_pre F8.0
    risks_first_weeks_out_post F8.0
    risks_first_weeks_out_fu F8.0
    risks_release_same_amount_pre F8.0
    risks_release_same_amount_post F8.0
    risks_release_same_amount_fu F8.0
    risks_ost_fewer_deaths_pre F8.0
    risks_ost_fewer_deaths_post F8.0
    risks_ost_fewer_deaths_fu F8.0
    myth_not_using_no_need_pre F8.0
    myth_not_using_no_need_post F8.0
    myth_not_using_no_need_fu F8.0
    myth_naloxone_withdrawal_pre F8.0
    myth_naloxone_withdrawal_post F8.0
    myth_naloxone_withdrawal_fu F8.0
    myth_kit_proves_use_pre F8.0
    myth_kit_proves_use_post F8.0
    myth_kit_proves_use_fu F8.0
    myth_street_remedies_pre F8.0
    myth_street_remedies_post F8.0
    myth_street_remedies_fu F8.0
    fentanyl_skin_wash_pre F8.0
    fentanyl_skin_wash_post F8.0
    fentanyl_skin_wash_fu F8.0
    signs_fentanyl_naloxone_pre F8.0
    signs_fentanyl_naloxone_post F8.0
    signs_fentanyl_naloxone_fu F8.0
    action_call_after_naloxone_pre F8.0
    action_call_after_naloxone_post F8.0
    action_call_after_naloxone_fu F8.0
    action_calm_words_waking_pre F8.0
    action_calm_words_waking_post F8.0
    action_calm_words_waking_fu F8.0
    myth_fentanyl_touch_pre F8.0
    myth_fentanyl_touch_post F8.0
    myth_fentanyl_touch_fu F8.0
    myth_fentanyl_air_pre F8.0
    myth_fentanyl_air_post F8.0
    myth_fentanyl_air_fu F8.0
    myth_protective_gear_cell_pre F8.0
    myth_protective_gear_cell_post F8.0
    myth_protective_gear_cell_fu F8.0
    myth_naloxone_encourages_pre F8.0
    myth_naloxone_encourages_post F8.0
    myth_naloxone_encourages_fu F8.0
.

VARIABLE LABELS
  session_id 'Nummer der Schulung in dieser Datenbank'
  session_date 'Datum der Schulung'
  site 'Ort der Schulung'
  audience 'Zielgruppe der Schulung'
  quiz_id 'Test, der vorher, nachher und bei der Nachbefragung verwendet wurde'
  participant 'Teilnahmecode (pseudonym)'
  language 'Sprache, in der die Person geantwortet hat'
  consent_followup 'Einverstanden mit Kontakt für die Nachbefragung'
  kit 'Naloxon-Kit'
  kit_date 'Datum des Kits'
  mode_pre 'Wie die Antworten gegeben wurden: Vor der Schulung'
  score_pre 'Prozent richtige Antworten über alle Wissensfragen: Vor der Schulung'
  risks_pre 'Prozent richtige Antworten, Risiken: Vor der Schulung'
  signs_pre 'Prozent richtige Antworten, Anzeichen: Vor der Schulung'
  actions_pre 'Prozent richtige Antworten, Was tun: Vor der Schulung'
  naloxone_pre 'Prozent richtige Antworten, Naloxon: Vor der Schulung'
  myths_pre 'Prozent richtige Antworten, Mythen: Vor der Schulung'
  confidence_pre 'Mittelwert der Antworten zur Handlungssicherheit: Vor der Schulung'
  mode_post 'Wie die Antworten gegeben wurden: Nach der Schulung'
  score_post 'Prozent richtige Antworten über alle Wissensfragen: Nach der Schulung'
  risks_post 'Prozent richtige Antworten, Risiken: Nach der Schulung'
  signs_post 'Prozent richtige Antworten, Anzeichen: Nach der Schulung'
  actions_post 'Prozent richtige Antworten, Was tun: Nach der Schulung'
  naloxone_post 'Prozent richtige Antworten, Naloxon: Nach der Schulung'
  myths_post 'Prozent richtige Antworten, Mythen: Nach der Schulung'
  confidence_post 'Mittelwert der Antworten zur Handlungssicherheit: Nach der Schulung'
  mode_fu 'Wie die Antworten gegeben wurden: Nachbefragung'
  score_fu 'Prozent richtige Antworten über alle Wissensfragen: Nachbefragung'
  risks_fu 'Prozent richtige Antworten, Risiken: Nachbefragung'
  signs_fu 'Prozent richtige Antworten, Anzeichen: Nachbefragung'
  actions_fu 'Prozent richtige Antworten, Was tun: Nachbefragung'
  naloxone_fu 'Prozent richtige Antworten, Naloxon: Nachbefragung'
  myths_fu 'Prozent richtige Antworten, Mythen: Nachbefragung'
  confidence_fu 'Mittelwert der Antworten zur Handlungssicherheit: Nachbefragung'
  signs_triad_pre 'Richtig (Vor der Schulung): Welche drei Zeichen zusammen sprechen am stärksten für eine Opioid-Überdosis?'
  signs_triad_post 'Richtig (Nach der Schulung): Welche drei Zeichen zusammen sprechen am stärksten für eine Opioid-Überdosis?'
  signs_triad_fu 'Richtig (Nachbefragung): Welche drei Zeichen zusammen sprechen am stärksten für eine Opioid-Überdosis?'
  signs_other_pre 'Richtig (Vor der Schulung): Welche dieser Zeichen können auch auf eine Opioid-Überdosis hinweisen? Wählen Sie alle richtigen Antworten.'
  signs_other_post 'Richtig (Nach der Schulung): Welche dieser Zeichen können auch auf eine Opioid-Überdosis hinweisen? Wählen Sie alle richtigen Antworten.'
  signs_other_fu 'Richtig (Nachbefragung): Welche dieser Zeichen können auch auf eine Opioid-Überdosis hinweisen? Wählen Sie alle richtigen Antworten.'
  signs_snoring_pre 'Richtig (Vor der Schulung): Ein Mann hat Opioide genommen. Jetzt schnarcht er laut, und Sie bekommen ihn nicht wach. Was bedeutet das?'
  signs_snoring_post 'Richtig (Nach der Schulung): Ein Mann hat Opioide genommen. Jetzt schnarcht er laut, und Sie bekommen ihn nicht wach. Was bedeutet das?'
  signs_snoring_fu 'Richtig (Nachbefragung): Ein Mann hat Opioide genommen. Jetzt schnarcht er laut, und Sie bekommen ihn nicht wach. Was bedeutet das?'
  risks_factors_pre 'Richtig (Vor der Schulung): Was davon erhöht das Risiko einer Opioid-Überdosis? Wählen Sie alle richtigen Antworten.'
  risks_factors_post 'Richtig (Nach der Schulung): Was davon erhöht das Risiko einer Opioid-Überdosis? Wählen Sie alle richtigen Antworten.'
  risks_factors_fu 'Richtig (Nachbefragung): Was davon erhöht das Risiko einer Opioid-Überdosis? Wählen Sie alle richtigen Antworten.'
  action_call_pre 'Richtig (Vor der Schulung): Ein Mensch liegt reglos da. Sie rufen seinen Namen und rütteln ihn an den Schultern, aber er reagiert nicht. Was tun Sie als Nächstes?'
  action_call_post 'Richtig (Nach der Schulung): Ein Mensch liegt reglos da. Sie rufen seinen Namen und rütteln ihn an den Schultern, aber er reagiert nicht. Was tun Sie als Nächstes?'
  action_call_fu 'Richtig (Nachbefragung): Ein Mensch liegt reglos da. Sie rufen seinen Namen und rütteln ihn an den Schultern, aber er reagiert nicht. Was tun Sie als Nächstes?'
  naloxone_stay_wears_off_pre 'Richtig (Vor der Schulung): Warum müssen Sie nach dem Naloxon bei der Person bleiben, auch wenn sie aufwacht?'
  naloxone_stay_wears_off_post 'Richtig (Nach der Schulung): Warum müssen Sie nach dem Naloxon bei der Person bleiben, auch wenn sie aufwacht?'
  naloxone_stay_wears_off_fu 'Richtig (Nachbefragung): Warum müssen Sie nach dem Naloxon bei der Person bleiben, auch wenn sie aufwacht?'
  action_after_waking_pre 'Richtig (Vor der Schulung): Die Person wacht nach dem Naloxon auf. Es geht ihr schlecht, und sie ist aufgewühlt. Was hilft? Wählen Sie alle richtigen Antworten.'
  action_after_waking_post 'Richtig (Nach der Schulung): Die Person wacht nach dem Naloxon auf. Es geht ihr schlecht, und sie ist aufgewühlt. Was hilft? Wählen Sie alle richtigen Antworten.'
  action_after_waking_fu 'Richtig (Nachbefragung): Die Person wacht nach dem Naloxon auf. Es geht ihr schlecht, und sie ist aufgewühlt. Was hilft? Wählen Sie alle richtigen Antworten.'
  naloxone_vs_naltrexone_pre 'Richtig (Vor der Schulung): Was ist der Unterschied zwischen Naloxon und Naltrexon?'
  naloxone_vs_naltrexone_post 'Richtig (Nach der Schulung): Was ist der Unterschied zwischen Naloxon und Naltrexon?'
  naloxone_vs_naltrexone_fu 'Richtig (Nachbefragung): Was ist der Unterschied zwischen Naloxon und Naltrexon?'
  naloxone_no_opioids_pre 'Richtig (Vor der Schulung): Was bewirkt Naloxon bei jemandem, der keine Opioide genommen hat?'
  naloxone_no_opioids_post 'Richtig (Nach der Schulung): Was bewirkt Naloxon bei jemandem, der keine Opioide genommen hat?'
  naloxone_no_opioids_fu 'Richtig (Nachbefragung): Was bewirkt Naloxon bei jemandem, der keine Opioide genommen hat?'
  naloxone_duration_pre 'Richtig (Vor der Schulung): Wie lange wirkt eine Dosis Naloxon ungefähr?'
  naloxone_duration_post 'Richtig (Nach der Schulung): Wie lange wirkt eine Dosis Naloxon ungefähr?'
  naloxone_duration_fu 'Richtig (Nachbefragung): Wie lange wirkt eine Dosis Naloxon ungefähr?'
  naloxone_second_dose_pre 'Richtig (Vor der Schulung): Sie haben eine Dosis Naloxon gegeben. Die Person reagiert immer noch nicht. Wann geben Sie eine zweite Dosis?'
  naloxone_second_dose_post 'Richtig (Nach der Schulung): Sie haben eine Dosis Naloxon gegeben. Die Person reagiert immer noch nicht. Wann geben Sie eine zweite Dosis?'
  naloxone_second_dose_fu 'Richtig (Nachbefragung): Sie haben eine Dosis Naloxon gegeben. Die Person reagiert immer noch nicht. Wann geben Sie eine zweite Dosis?'
  naloxone_nasal_no_breathing_pre 'Richtig (Vor der Schulung): Die Person muss nicht einatmen, damit Naloxon-Nasenspray aufgenommen wird.'
  naloxone_nasal_no_breathing_post 'Richtig (Nach der Schulung): Die Person muss nicht einatmen, damit Naloxon-Nasenspray aufgenommen wird.'
  naloxone_nasal_no_breathing_fu 'Richtig (Nachbefragung): Die Person muss nicht einatmen, damit Naloxon-Nasenspray aufgenommen wird.'
  naloxone_lay_people_may_pre 'Richtig (Vor der Schulung): Im Notfall darf jeder Mensch Naloxon geben, nicht nur Ärztinnen, Ärzte und Pflegekräfte.'
  naloxone_lay_people_may_post 'Richtig (Nach der Schulung): Im Notfall darf jeder Mensch Naloxon geben, nicht nur Ärztinnen, Ärzte und Pflegekräfte.'
  naloxone_lay_people_may_fu 'Richtig (Nachbefragung): Im Notfall darf jeder Mensch Naloxon geben, nicht nur Ärztinnen, Ärzte und Pflegekräfte.'
  action_not_breathing_cpr_pre 'Richtig (Vor der Schulung): Eine Person reagiert nicht und atmet nicht normal. Was tun Sie?'
  action_not_breathing_cpr_post 'Richtig (Nach der Schulung): Eine Person reagiert nicht und atmet nicht normal. Was tun Sie?'
  action_not_breathing_cpr_fu 'Richtig (Nachbefragung): Eine Person reagiert nicht und atmet nicht normal. Was tun Sie?'
  action_unresponsive_pre 'Richtig (Vor der Schulung): Die Person reagiert nicht, atmet aber normal. Was tun Sie?'
  action_unresponsive_post 'Richtig (Nach der Schulung): Die Person reagiert nicht, atmet aber normal. Was tun Sie?'
  action_unresponsive_fu 'Richtig (Nachbefragung): Die Person reagiert nicht, atmet aber normal. Was tun Sie?'
  action_rescue_breath_rate_pre 'Richtig (Vor der Schulung): Wie oft beatmen Sie bei der Atemspende einen Erwachsenen, der nicht atmet?'
  action_rescue_breath_rate_post 'Richtig (Nach der Schulung): Wie oft beatmen Sie bei der Atemspende einen Erwachsenen, der nicht atmet?'
  action_rescue_breath_rate_fu 'Richtig (Nachbefragung): Wie oft beatmen Sie bei der Atemspende einen Erwachsenen, der nicht atmet?'
  action_cpr_30_2_pre 'Richtig (Vor der Schulung): Bei der Wiederbelebung drücken Sie 30-mal auf den Brustkorb und beatmen dann 2-mal, immer wieder.'
  action_cpr_30_2_post 'Richtig (Nach der Schulung): Bei der Wiederbelebung drücken Sie 30-mal auf den Brustkorb und beatmen dann 2-mal, immer wieder.'
  action_cpr_30_2_fu 'Richtig (Nachbefragung): Bei der Wiederbelebung drücken Sie 30-mal auf den Brustkorb und beatmen dann 2-mal, immer wieder.'
  risks_first_weeks_out_pre 'Richtig (Vor der Schulung): Wann ist nach der Haftentlassung das Risiko am höchsten, an einer Überdosis zu sterben?'
  risks_first_weeks_out_post 'Richtig (Nach der Schulung): Wann ist nach der Haftentlassung das Risiko am höchsten, an einer Überdosis zu sterben?'
  risks_first_weeks_out_fu 'Richtig (Nachbefragung): Wann ist nach der Haftentlassung das Risiko am höchsten, an einer Überdosis zu sterben?'
  risks_release_same_amount_pre 'Richtig (Vor der Schulung): Vor der Haft hat jemand jeden Tag Opioide genommen. Nach sechs Monaten ohne Konsum wird die Person entlassen und nimmt ihre alte Menge. Was ist die Gefahr?'
  risks_release_same_amount_post 'Richtig (Nach der Schulung): Vor der Haft hat jemand jeden Tag Opioide genommen. Nach sechs Monaten ohne Konsum wird die Person entlassen und nimmt ihre alte Menge. Was ist die Gefahr?'
  risks_release_same_amount_fu 'Richtig (Nachbefragung): Vor der Haft hat jemand jeden Tag Opioide genommen. Nach sechs Monaten ohne Konsum wird die Person entlassen und nimmt ihre alte Menge. Was ist die Gefahr?'
  risks_ost_fewer_deaths_pre 'Richtig (Vor der Schulung): Eine Substitutionsbehandlung in Haft, zum Beispiel mit Methadon, hängt mit weniger drogenbedingten Todesfällen nach der Entlassung zusammen.'
  risks_ost_fewer_deaths_post 'Richtig (Nach der Schulung): Eine Substitutionsbehandlung in Haft, zum Beispiel mit Methadon, hängt mit weniger drogenbedingten Todesfällen nach der Entlassung zusammen.'
  risks_ost_fewer_deaths_fu 'Richtig (Nachbefragung): Eine Substitutionsbehandlung in Haft, zum Beispiel mit Methadon, hängt mit weniger drogenbedingten Todesfällen nach der Entlassung zusammen.'
  myth_not_using_no_need_pre 'Richtig (Vor der Schulung): Wenn Sie keine Drogen mehr nehmen, brauchen Sie kein Naloxon-Notfallset.'
  myth_not_using_no_need_post 'Richtig (Nach der Schulung): Wenn Sie keine Drogen mehr nehmen, brauchen Sie kein Naloxon-Notfallset.'
  myth_not_using_no_need_fu 'Richtig (Nachbefragung): Wenn Sie keine Drogen mehr nehmen, brauchen Sie kein Naloxon-Notfallset.'
  myth_naloxone_withdrawal_pre 'Richtig (Vor der Schulung): Naloxon löst oft einen gefährlichen Entzug aus, darum gibt man es besser nicht.'
  myth_naloxone_withdrawal_post 'Richtig (Nach der Schulung): Naloxon löst oft einen gefährlichen Entzug aus, darum gibt man es besser nicht.'
  myth_naloxone_withdrawal_fu 'Richtig (Nachbefragung): Naloxon löst oft einen gefährlichen Entzug aus, darum gibt man es besser nicht.'
  myth_kit_proves_use_pre 'Richtig (Vor der Schulung): Wer ein Naloxon-Notfallset dabeihat, beweist damit, dass er oder sie Drogen nimmt.'
  myth_kit_proves_use_post 'Richtig (Nach der Schulung): Wer ein Naloxon-Notfallset dabeihat, beweist damit, dass er oder sie Drogen nimmt.'
  myth_kit_proves_use_fu 'Richtig (Nachbefragung): Wer ein Naloxon-Notfallset dabeihat, beweist damit, dass er oder sie Drogen nimmt.'
  myth_street_remedies_pre 'Richtig (Vor der Schulung): Eine kalte Dusche oder Eis kann jemanden aus einer Überdosis zurückholen.'
  myth_street_remedies_post 'Richtig (Nach der Schulung): Eine kalte Dusche oder Eis kann jemanden aus einer Überdosis zurückholen.'
  myth_street_remedies_fu 'Richtig (Nachbefragung): Eine kalte Dusche oder Eis kann jemanden aus einer Überdosis zurückholen.'
  fentanyl_skin_wash_pre 'Richtig (Vor der Schulung): Etwas Pulver gerät auf Ihre Haut. Was tun Sie?'
  fentanyl_skin_wash_post 'Richtig (Nach der Schulung): Etwas Pulver gerät auf Ihre Haut. Was tun Sie?'
  fentanyl_skin_wash_fu 'Richtig (Nachbefragung): Etwas Pulver gerät auf Ihre Haut. Was tun Sie?'
  signs_fentanyl_naloxone_pre 'Richtig (Vor der Schulung): Bei einer Durchsuchung findet eine Kollegin ein Pulver. Kurz danach ist ihr schwindlig, und sie hat Angst. Was davon würde bedeuten, dass sie Naloxon braucht?'
  signs_fentanyl_naloxone_post 'Richtig (Nach der Schulung): Bei einer Durchsuchung findet eine Kollegin ein Pulver. Kurz danach ist ihr schwindlig, und sie hat Angst. Was davon würde bedeuten, dass sie Naloxon braucht?'
  signs_fentanyl_naloxone_fu 'Richtig (Nachbefragung): Bei einer Durchsuchung findet eine Kollegin ein Pulver. Kurz danach ist ihr schwindlig, und sie hat Angst. Was davon würde bedeuten, dass sie Naloxon braucht?'
  action_call_after_naloxone_pre 'Richtig (Vor der Schulung): Wenn Sie Naloxon gegeben haben, müssen Sie den Notruf nicht mehr wählen.'
  action_call_after_naloxone_post 'Richtig (Nach der Schulung): Wenn Sie Naloxon gegeben haben, müssen Sie den Notruf nicht mehr wählen.'
  action_call_after_naloxone_fu 'Richtig (Nachbefragung): Wenn Sie Naloxon gegeben haben, müssen Sie den Notruf nicht mehr wählen.'
  action_calm_words_waking_pre 'Richtig (Vor der Schulung): Ob ein Mensch nach Naloxon wütend aufwacht, hängt damit zusammen, wie die helfende Person mit ihm spricht.'
  action_calm_words_waking_post 'Richtig (Nach der Schulung): Ob ein Mensch nach Naloxon wütend aufwacht, hängt damit zusammen, wie die helfende Person mit ihm spricht.'
  action_calm_words_waking_fu 'Richtig (Nachbefragung): Ob ein Mensch nach Naloxon wütend aufwacht, hängt damit zusammen, wie die helfende Person mit ihm spricht.'
  myth_fentanyl_touch_pre 'Richtig (Vor der Schulung): Wer Fentanyl kurz mit bloßer Haut berührt, kann eine Überdosis bekommen.'
  myth_fentanyl_touch_post 'Richtig (Nach der Schulung): Wer Fentanyl kurz mit bloßer Haut berührt, kann eine Überdosis bekommen.'
  myth_fentanyl_touch_fu 'Richtig (Nachbefragung): Wer Fentanyl kurz mit bloßer Haut berührt, kann eine Überdosis bekommen.'
  myth_fentanyl_air_pre 'Richtig (Vor der Schulung): Schon im selben Raum wie Fentanyl zu sein, kann Sie vergiften.'
  myth_fentanyl_air_post 'Richtig (Nach der Schulung): Schon im selben Raum wie Fentanyl zu sein, kann Sie vergiften.'
  myth_fentanyl_air_fu 'Richtig (Nachbefragung): Schon im selben Raum wie Fentanyl zu sein, kann Sie vergiften.'
  myth_protective_gear_cell_pre 'Richtig (Vor der Schulung): Ein Mensch hat im Haftraum eine Überdosis. Vielleicht ist Fentanyl im Haftraum. Was tun Sie?'
  myth_protective_gear_cell_post 'Richtig (Nach der Schulung): Ein Mensch hat im Haftraum eine Überdosis. Vielleicht ist Fentanyl im Haftraum. Was tun Sie?'
  myth_protective_gear_cell_fu 'Richtig (Nachbefragung): Ein Mensch hat im Haftraum eine Überdosis. Vielleicht ist Fentanyl im Haftraum. Was tun Sie?'
  myth_naloxone_encourages_pre 'Richtig (Vor der Schulung): Wenn man Naloxon-Notfallsets verteilt, nehmen Menschen mehr Drogen.'
  myth_naloxone_encourages_post 'Richtig (Nach der Schulung): Wenn man Naloxon-Notfallsets verteilt, nehmen Menschen mehr Drogen.'
  myth_naloxone_encourages_fu 'Richtig (Nachbefragung): Wenn man Naloxon-Notfallsets verteilt, nehmen Menschen mehr Drogen.'
.

VALUE LABELS
  consent_followup 1 'ja' 0 'nein'
  /signs_triad_pre 1 'richtig' 0 'falsch oder keine Antwort'
  /signs_triad_post 1 'richtig' 0 'falsch oder keine Antwort'
  /signs_triad_fu 1 'richtig' 0 'falsch oder keine Antwort'
  /signs_other_pre 1 'richtig' 0 'falsch oder keine Antwort'
  /signs_other_post 1 'richtig' 0 'falsch oder keine Antwort'
  /signs_other_fu 1 'richtig' 0 'falsch oder keine Antwort'
  /signs_snoring_pre 1 'richtig' 0 'falsch oder keine Antwort'
  /signs_snoring_post 1 'richtig' 0 'falsch oder keine Antwort'
  /signs_snoring_fu 1 'richtig' 0 'falsch oder keine Antwort'
  /risks_factors_pre 1 'richtig' 0 'falsch oder keine Antwort'
  /risks_factors_post 1 'richtig' 0 'falsch oder keine Antwort'
  /risks_factors_fu 1 'richtig' 0 'falsch oder keine Antwort'
  /action_call_pre 1 'richtig' 0 'falsch oder keine Antwort'
  /action_call_post 1 'richtig' 0 'falsch oder keine Antwort'
  /action_call_fu 1 'richtig' 0 'falsch oder keine Antwort'
  /naloxone_stay_wears_off_pre 1 'richtig' 0 'falsch oder keine Antwort'
  /naloxone_stay_wears_off_post 1 'richtig' 0 'falsch oder keine Antwort'
  /naloxone_stay_wears_off_fu 1 'richtig' 0 'falsch oder keine Antwort'
  /action_after_waking_pre 1 'richtig' 0 'falsch oder keine Antwort'
  /action_after_waking_post 1 'richtig' 0 'falsch oder keine Antwort'
  /action_after_waking_fu 1 'richtig' 0 'falsch oder keine Antwort'
  /naloxone_vs_naltrexone_pre 1 'richtig' 0 'falsch oder keine Antwort'
  /naloxone_vs_naltrexone_post 1 'richtig' 0 'falsch oder keine Antwort'
  /naloxone_vs_naltrexone_fu 1 'richtig' 0 'falsch oder keine Antwort'
  /naloxone_no_opioids_pre 1 'richtig' 0 'falsch oder keine Antwort'
  /naloxone_no_opioids_post 1 'richtig' 0 'falsch oder keine Antwort'
  /naloxone_no_opioids_fu 1 'richtig' 0 'falsch oder keine Antwort'
  /naloxone_duration_pre 1 'richtig' 0 'falsch oder keine Antwort'
  /naloxone_duration_post 1 'richtig' 0 'falsch oder keine Antwort'
  /naloxone_duration_fu 1 'richtig' 0 'falsch oder keine Antwort'
  /naloxone_second_dose_pre 1 'richtig' 0 'falsch oder keine Antwort'
  /naloxone_second_dose_post 1 'richtig' 0 'falsch oder keine Antwort'
  /naloxone_second_dose_fu 1 'richtig' 0 'falsch oder keine Antwort'
  /naloxone_nasal_no_breathing_pre 1 'richtig' 0 'falsch oder keine Antwort'
  /naloxone_nasal_no_breathing_post 1 'richtig' 0 'falsch oder keine Antwort'
  /naloxone_nasal_no_breathing_fu 1 'richtig' 0 'falsch oder keine Antwort'
  /naloxone_lay_people_may_pre 1 'richtig' 0 'falsch oder keine Antwort'
  /naloxone_lay_people_may_post 1 'richtig' 0 'falsch oder keine Antwort'
  /naloxone_lay_people_may_fu 1 'richtig' 0 'falsch oder keine Antwort'
  /action_not_breathing_cpr_pre 1 'richtig' 0 'falsch oder keine Antwort'
  /action_not_breathing_cpr_post 1 'richtig' 0 'falsch oder keine Antwort'
  /action_not_breathing_cpr_fu 1 'richtig' 0 'falsch oder keine Antwort'
  /action_unresponsive_pre 1 'richtig' 0 'falsch oder keine Antwort'
  /action_unresponsive_post 1 'richtig' 0 'falsch oder keine Antwort'
  /action_unresponsive_fu 1 'richtig' 0 'falsch oder keine Antwort'
  /action_rescue_breath_rate_pre 1 'richtig' 0 'falsch oder keine Antwort'
  /action_rescue_breath_rate_post 1 'richtig' 0 'falsch oder keine Antwort'
  /action_rescue_breath_rate_fu 1 'richtig' 0 'falsch oder keine Antwort'
  /action_cpr_30_2_pre 1 'richtig' 0 'falsch oder keine Antwort'
  /action_cpr_30_2_post 1 'richtig' 0 'falsch oder keine Antwort'
  /action_cpr_30_2_fu 1 'richtig' 0 'falsch oder keine Antwort'
  /risks_first_weeks_out_pre 1 'richtig' 0 'falsch oder keine Antwort'
  /risks_first_weeks_out_post 1 'richtig' 0 'falsch oder keine Antwort'
  /risks_first_weeks_out_fu 1 'richtig' 0 'falsch oder keine Antwort'
  /risks_release_same_amount_pre 1 'richtig' 0 'falsch oder keine Antwort'
  /risks_release_same_amount_post 1 'richtig' 0 'falsch oder keine Antwort'
  /risks_release_same_amount_fu 1 'richtig' 0 'falsch oder keine Antwort'
  /risks_ost_fewer_deaths_pre 1 'richtig' 0 'falsch oder keine Antwort'
  /risks_ost_fewer_deaths_post 1 'richtig' 0 'falsch oder keine Antwort'
  /risks_ost_fewer_deaths_fu 1 'richtig' 0 'falsch oder keine Antwort'
  /myth_not_using_no_need_pre 1 'richtig' 0 'falsch oder keine Antwort'
  /myth_not_using_no_need_post 1 'richtig' 0 'falsch oder keine Antwort'
  /myth_not_using_no_need_fu 1 'richtig' 0 'falsch oder keine Antwort'
  /myth_naloxone_withdrawal_pre 1 'richtig' 0 'falsch oder keine Antwort'
  /myth_naloxone_withdrawal_post 1 'richtig' 0 'falsch oder keine Antwort'
  /myth_naloxone_withdrawal_fu 1 'richtig' 0 'falsch oder keine Antwort'
  /myth_kit_proves_use_pre 1 'richtig' 0 'falsch oder keine Antwort'
  /myth_kit_proves_use_post 1 'richtig' 0 'falsch oder keine Antwort'
  /myth_kit_proves_use_fu 1 'richtig' 0 'falsch oder keine Antwort'
  /myth_street_remedies_pre 1 'richtig' 0 'falsch oder keine Antwort'
  /myth_street_remedies_post 1 'richtig' 0 'falsch oder keine Antwort'
  /myth_street_remedies_fu 1 'richtig' 0 'falsch oder keine Antwort'
  /fentanyl_skin_wash_pre 1 'richtig' 0 'falsch oder keine Antwort'
  /fentanyl_skin_wash_post 1 'richtig' 0 'falsch oder keine Antwort'
  /fentanyl_skin_wash_fu 1 'richtig' 0 'falsch oder keine Antwort'
  /signs_fentanyl_naloxone_pre 1 'richtig' 0 'falsch oder keine Antwort'
  /signs_fentanyl_naloxone_post 1 'richtig' 0 'falsch oder keine Antwort'
  /signs_fentanyl_naloxone_fu 1 'richtig' 0 'falsch oder keine Antwort'
  /action_call_after_naloxone_pre 1 'richtig' 0 'falsch oder keine Antwort'
  /action_call_after_naloxone_post 1 'richtig' 0 'falsch oder keine Antwort'
  /action_call_after_naloxone_fu 1 'richtig' 0 'falsch oder keine Antwort'
  /action_calm_words_waking_pre 1 'richtig' 0 'falsch oder keine Antwort'
  /action_calm_words_waking_post 1 'richtig' 0 'falsch oder keine Antwort'
  /action_calm_words_waking_fu 1 'richtig' 0 'falsch oder keine Antwort'
  /myth_fentanyl_touch_pre 1 'richtig' 0 'falsch oder keine Antwort'
  /myth_fentanyl_touch_post 1 'richtig' 0 'falsch oder keine Antwort'
  /myth_fentanyl_touch_fu 1 'richtig' 0 'falsch oder keine Antwort'
  /myth_fentanyl_air_pre 1 'richtig' 0 'falsch oder keine Antwort'
  /myth_fentanyl_air_post 1 'richtig' 0 'falsch oder keine Antwort'
  /myth_fentanyl_air_fu 1 'richtig' 0 'falsch oder keine Antwort'
  /myth_protective_gear_cell_pre 1 'richtig' 0 'falsch oder keine Antwort'
  /myth_protective_gear_cell_post 1 'richtig' 0 'falsch oder keine Antwort'
  /myth_protective_gear_cell_fu 1 'richtig' 0 'falsch oder keine Antwort'
  /myth_naloxone_encourages_pre 1 'richtig' 0 'falsch oder keine Antwort'
  /myth_naloxone_encourages_post 1 'richtig' 0 'falsch oder keine Antwort'
  /myth_naloxone_encourages_fu 1 'richtig' 0 'falsch oder keine Antwort'
  /kit 'at-training' 'Bei der Schulung ausgegeben' 'in-property' 'Zur Habe für die Entlassung gelegt' 'on-release' 'Am Entlassungstag ausgegeben' 'declined' 'Nicht gewünscht'
  /audience 'custody' 'Menschen in Haft' 'peers' 'Peer-Mentorinnen und -Mentoren' 'clinical' 'Medizinisches Personal' 'officers' 'Beamtinnen und Beamte'
.
EXECUTE.
