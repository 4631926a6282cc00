## Itemanalyse: of de vragenlijst zelf goed werkt, bij de mensen in de selectie.

results-tab-overview = Overzicht
results-tab-items = Itemanalyse
items-title = Werkt de vragenlijst?
items-lead = Hoe elke vraag werkte bij de mensen in deze selectie. De vragen die u het eerst moet bekijken, staan bovenaan.
items-quiz = { $title } ({ $people ->
    [one] 1 persoon
   *[other] { $people } mensen
})
items-phase = Moment
items-reliability = Betrouwbaarheid (KR-20)
items-reliability-ci = { $alpha } (95%-BI { $low } tot { $high })
items-ceiling = Met maximale score
items-too-few = Te weinig mensen voor statistieken per vraag: er zijn er per moment minstens { $min } nodig.
items-question = Vraag
items-right = Juist
items-discrimination = Discriminatie
items-dont-know = Weet ik niet
items-blank = Geen antwoord
items-choices = Gekozen antwoorden
items-flags = Aandachtspunten
items-flag-low-discrimination = Maakt geen onderscheid tussen wie het weet en wie niet (r onder 0,20)
items-flag-ceiling = Bijna iedereen antwoordt juist (95% of meer)
items-flag-dif = Werkt anders in de taal { $language } (Mantel–Haenszel, ETS-klasse { $class })
items-none-flagged = Geen aandachtspunten.
items-methods = Juist: aandeel mensen dat de vraag juist beantwoordde. Discriminatie: correlatie van de vraag met de rest van de vragenlijst (gecorrigeerde item-totaalcorrelatie). KR-20 met het 95%-betrouwbaarheidsinterval volgens Feldt. De talen worden vergeleken met de Mantel–Haenszel-toets, gestratificeerd naar totaalscore, als elke taal minstens { $min } mensen heeft. Een vraag wordt gemarkeerd bij ETS-klasse B of C (|Δ| van minstens 1 en p < 0,05).
items-none = Nog geen afgeronde vragenlijst in deze selectie.
items-what-to-do = Wat te doen met een gemarkeerde vraag: lees ze opnieuw naast de module en in elke taal, en vraag u af of iemand die het antwoord kent het zou kiezen. Herformuleer ze, of geef ze een nieuwe id als de betekenis verandert (content/quiz/DESIGN.md).
