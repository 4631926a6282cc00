# Words printed on the myth-busting handouts and the release card (src/pdf/), and the
# messages of `respond print`.

## Handouts

print-myths-and-facts = Myths and facts
print-handout-title-custody = Naloxone, withdrawal and carrying a kit
print-handout-title-peers = Naloxone and overdose: answers for peer mentors
print-handout-title-clinical = Overdose, naloxone and treatment: what the evidence says
print-handout-title-officers = Fentanyl exposure and naloxone: facts for officers
print-handout-intro-custody = Things people often say about overdose and naloxone, and what the facts are.
print-handout-intro-peers = What the people you support may have heard, what the facts are, and where they come from.
print-handout-intro-clinical = Beliefs about overdose, naloxone and treatment that colleagues and patients may hold, set against the evidence.
print-handout-intro-officers = What officers are often told about fentanyl and naloxone, and what toxicologists and studies have found.
# A myth as a heading. The myth slide's heading already starts with "Myth:", so it is used
# as it is; the fact below it starts with "Fact:".
print-myth = { $myth }
print-emergency-line = In an emergency, call { $number }.
print-page-of = Page { $page } of { $pages }

## The release card: one sheet, folded to pocket size

print-card-title = What to do in an overdose
print-card-emergency = Emergency number
print-card-carry = Naloxone can save a life. Keep your kit with you, and tell people where it is.
print-card-tolerance = After time away from opioids, your body can take much less. Your usual amount can be an overdose, most of all in the first two weeks. Try not to use alone.
print-card-steps = Step by step
print-card-step-1 = Check for danger. Shout their name and shake their shoulders.
print-card-step-2 = No response? Call { $number }. Say what you see: "not waking up, not breathing".
print-card-step-3 = Open the airway: tilt the head back and lift the chin. Check their breathing for up to 10 seconds.
print-card-step-4 = Give naloxone: one spray in one nostril, or an injection into the thigh or upper arm. It must never hold up the call or CPR.
print-card-step-5 = Not breathing normally: start CPR, 30 compressions and 2 breaths. Breathing: recovery position.
print-card-step-6 = Stay with them. No change after 2 to 3 minutes? Give a second dose.
print-card-stay = Stay with them
print-card-wears-off = Naloxone wears off after 30 to 90 minutes. Many opioids last longer, so breathing can stop again. Stay until help arrives.
print-card-again = If they stop breathing again, give another dose.
print-card-waking = When they wake up, they may feel sick and upset. Stay calm and kind, tell them what happened, and ask them not to use again soon.
print-card-services = Local services
print-card-fold = Fold along the dashed lines.

# What the app shows when making a PDF fails (error code "pdf").
error-pdf = The document could not be made. Nothing was saved.

## `respond print`

print-cli-written = Saved { $path }
print-handout-title-personal = Your facts to keep
print-handout-intro-personal = At the end of the training, some answers still followed common myths. Here are the facts, to read again and to share.

# The Print page.
print-what = What to print
print-kind-handout = Myth-busting handout
print-kind-release-card = Release card
print-kind-personal-handout = A person's own handout
print-kind-answer-sheets = Answer sheets
print-language = Language of the document
print-session = Session
print-no-sessions = No sessions yet: create one under Sessions.
print-participant = Participant
print-phase = Quiz
print-hint-handout = The myths that matter to this audience, with the facts and their sources.
print-hint-release-card = One page to cut and fold to pocket size: what to do in an overdose, the emergency number and the local services from Settings.
print-hint-personal-handout = Only the myths this person still believed at the end of the training, in their language.
print-hint-answer-sheets = One sheet per person, in their language, with their code.
print-preview = Show the first page
print-save = Save as PDF
print-save-as = Save as…
print-personal-unavailable = No handout for this person: they have no answers after training yet, or they got every myth right.
print-kind-certificates = Certificates
print-everyone = Everyone in the session
print-own-language = Each person's own language
print-hint-certificates = One page per person with their name, the modules, the date, the site and a code anyone can check offline. Everyone needs a name (Sessions → Edit).
print-folder = “Save as PDF” puts files in { $path }, a folder only you can open on this computer. “Save as…” lets you choose another place.
print-skipped-title = { $count ->
    [one] One person gets no certificate:
   *[other] { $count } people get no certificate:
}
print-skipped-no-name = no name (add it on the session page)
print-skipped-unprintable = the name has letters the certificate cannot print (Latin, Greek or Cyrillic only)
