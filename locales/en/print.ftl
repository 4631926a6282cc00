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
# A myth as a heading; the fact below it starts with "Fact:".
print-myth = Myth: { $myth }
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
print-card-step-4 = Give naloxone: one spray in one nostril, or an injection into the thigh or upper arm.
print-card-step-5 = Not breathing normally: give rescue breaths or CPR. Breathing: put them in the recovery position.
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
