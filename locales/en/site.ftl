# The usual training site, in Settings.

site-title = Your training site
site-hint = The country sets the emergency number the modules name. The local services appear in the modules and on the release card.
site-country = Country
site-country-none = Not set (112)
site-emergency-number = Emergency number in the modules: { $number }
site-local-services = Local services, one per line
site-local-services-hint = For example: a drop-in centre with its address and opening hours, a helpline, where to get a new naloxone kit.
site-save = Save the site
site-saved = Saved.
