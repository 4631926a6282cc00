# The module library, the module viewer and presenter mode.

modules-content-language = Content language
modules-content-language-hint = The language of the lessons and slides. It can differ from the app's language.
modules-audience = Audience
modules-audience-all = Everyone
modules-search = Search
modules-search-hint = Words from a title or summary
modules-count = { $count ->
    [one] 1 module
   *[other] { $count } modules
}
modules-none-found = No module matches. Clear the search or choose another audience.
module-minutes = { $minutes } min
module-slides = { $count ->
    [one] 1 slide
   *[other] { $count } slides
}
module-languages = Languages
module-language-missing = not available in { $language }
module-has-problems = Some files of this module have errors. The bundled content has none: someone edited it. Run “respond validate” to see them.
module-open = Read
module-present = Present
module-back = Back to the modules
module-objectives = Objectives
module-notes = Facilitator notes
module-sources = Sources
module-not-in-language = This module is not available in this language yet.
content-problems-title = Problems in the content files
presenter-label = Presenter mode
presenter-exit = Leave
presenter-notes-show = Show notes
presenter-notes-hide = Hide notes
presenter-next = Next
presenter-previous = Previous
presenter-fullscreen = Full screen
presenter-position = Slide { $current } of { $total }
presenter-help = Next: → Page Down Space · Back: ← Page Up · Notes: N · Blank screen: B · Full screen: F · Leave: Esc
presenter-blank = The screen is blank. Press B or any arrow key to show the slide again.
presenter-on-projector = On the projector now
presenter-projector-blank = The projector is blank. Press B or any arrow key to show the slide again.
presenter-blank-projector = Blank the projector
presenter-next-slide = Next slide (click to go to it)
presenter-end = This is the last slide.
presenter-elapsed = Time
presenter-timer-pause = Pause
presenter-timer-resume = Resume
presenter-timer-reset = Restart
presenter-slides = Slides
presenter-help-console = Next: → Page Down Space · Back: ← Page Up · Blank projector: B · Leave: Esc · Click a slide in the list to jump to it
error-module-not-found = This module is not available in this language.
