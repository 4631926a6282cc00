# Protecting the data: the passphrase, locking, backups, the audit log, erasing names.

data-set-title = Set a passphrase
data-set-intro = Respond keeps everything on this computer, locked with a passphrase. Choose one you will remember: a few words with spaces between them work well.
data-unencrypted-intro = The data you already have will be locked with this passphrase.
data-passphrase = Passphrase
data-passphrase-confirm = Type the passphrase again
data-passphrase-warning = If the passphrase is lost, nobody can open the data again. Write it down and keep it somewhere safe.
data-passphrase-min = At least { $count } characters.
data-strength = Strength: { $score ->
    [0] very weak
    [1] weak
    [2] fair
    [3] good
   *[4] strong
}
data-set-submit = Set the passphrase and start
data-unlock-title = Unlock Respond
data-unlock-intro = Type the passphrase to open your sessions and results.
data-unlock-submit = Unlock
data-lock = Lock
data-damaged-title = The data cannot be opened
data-damaged-intro = The data file on this computer is damaged. Choose a backup to put back in its place.

invalid-too-short = This passphrase is too short.
invalid-mismatch = The two passphrases are not the same.
invalid-out-of-range = This number is outside what is allowed.
invalid-exists = A passphrase is already set: unlock instead.
error-wrong-passphrase = This passphrase does not open the data. Check it and try again.
error-locked = Respond is locked. Type the passphrase to carry on.
error-disk-full = The disk is full: the last change was not saved, and nothing else was lost. Free some space and try again.
error-database-corrupt = The data file is damaged and cannot be read. You can restore a backup.

data-title = Data protection
data-change-title = Change the passphrase
data-current-passphrase = Current passphrase
data-new-passphrase = New passphrase
data-change-submit = Change the passphrase
data-passphrase-changed = The passphrase was changed.
data-lock-minutes = Lock after this many minutes without use (0: never)
data-keep-backups = Number of backups to keep
data-save = Save
data-saved = Saved.

data-backups-title = Backups
data-backups-hint = Respond makes a backup when you unlock it and once a day while you use it. Each backup is locked with the passphrase in use when it was made.
data-back-up-now = Back up now
data-backed-up = Backup made.
data-no-backups = No backups yet.
data-backup-kind-automatic = Automatic
data-backup-kind-manual = Made by hand
data-backup-kind-before-upgrade = Before an update
data-backup-kind-before-restore = Before a restore
data-backup-open = Look inside
data-backup-passphrase = Passphrase of this backup
data-backup-show = Show what it holds
data-preview-title = This backup holds
data-preview-made = Made on { $date }
data-preview-sessions = { $count ->
    [one] 1 session
   *[other] { $count } sessions
}
data-preview-participants = { $count ->
    [one] 1 participant
   *[other] { $count } participants
}
data-preview-attempts = { $count ->
    [one] 1 quiz answered
   *[other] { $count } quizzes answered
}
data-preview-newest = Newest session: { $date }
data-preview-version = Data format version { $version }
data-restore = Restore this backup
data-restore-confirm = Replace the data on this computer with this backup? A backup of the data as it is now is made first.
roster-erase-name-action = Erase the name of { $code }
data-erase-names-action = Erase the names
data-restore-action = Replace with this backup
data-restored = The backup was restored.

data-audit-title = Audit log
data-audit-hint = Every change to the data is written here. Each line is linked to the one before it, so a line changed afterwards shows up.
data-audit-intact = Every entry is chained to the one before, and the log still holds everything the newest backup held.
data-audit-broken = The log was changed from line { $id } on.
data-audit-cut = Entries up to { $id } were in the backup of { $date } but are missing or changed now: the log was cut or rewritten.
data-audit-anchor = { $count } entries; the newest ends in { $hash }. Entries removed since the newest backup, or a log rewritten by someone with the passphrase, show only against a record kept elsewhere: note these, or keep an export or a printed report, which carry them.
data-audit-export = Export the log
data-audit-exported = Saved to { $path }
data-audit-when = When
data-audit-what = What
data-audit-detail = Detail
data-action-create = Created
data-action-edit = Changed
data-action-delete = Deleted
data-action-export = Exported
data-action-print = Printed
data-action-erase = Erased
data-action-backup = Backed up
data-action-restore = Restored
data-action-passphrase-change = Passphrase changed
data-action-unlock = Unlocked
data-action-kiosk = Quiz kiosk
data-action-import = Imported
data-action-push = Sent to the regional pool
data-action-scan = Scanned answer sheet saved
data-object-database = the data
data-object-bundle = bundle from another laptop
data-object-session = session
data-object-participant = participant
data-object-answer-sheet = answer sheet
data-object-answers = answers
data-object-certificate = certificate
data-object-printout = printout
data-object-session-names = names of session
data-object-participant-name = name of participant
data-object-audit = audit log
data-object-auto = automatic backup
data-object-manual = backup by hand
data-object-results = results
data-object-followup = follow-up
data-object-calendar = follow-up calendar
data-object-sample-data = sample data

data-erase-title = Erase names
data-erase-hint = Names are only needed for certificates. Erasing them keeps the codes, the answers and the results.
data-erase-session = Session
data-erase-choose = Choose a session…
data-erase-names = Erase names
data-erase-names-confirm = Erase the names of everyone in this session? Their codes, answers and results stay, but certificates can no longer be printed with their names. This cannot be undone.
data-erased-names = { $count ->
    [one] 1 name erased.
   *[other] { $count } names erased.
}
roster-erase-name = Erase name
roster-erase-name-confirm = Erase the name of { $code }? Their answers and results stay.

data-cli-passphrase = Passphrase:
data-cli-new-passphrase = New passphrase:
data-cli-confirm-passphrase = Type the passphrase again:
data-cli-backup-passphrase = Passphrase of the backup:
data-cli-preview = Backup of { $date } (data format { $version }): { $sessions } sessions, { $participants } participants, { $attempts } quizzes answered; newest session: { $newest }.
data-cli-confirm-restore = Replace the data with this backup? [y/N]
data-cli-restored = Restored into { $path }.
data-cli-erased = { $count ->
    [one] 1 name erased.
   *[other] { $count } names erased.
}
data-cli-audit-exported = { $count } lines written to { $path }.
data-printouts-title = Printouts and exports
data-printouts-hint = Certificates and lists print names; exports carry codes. Delete the old ones once they are handed out or filed.
data-printouts-days = Older than (days)
data-printouts-delete = Delete old printouts
data-printouts-confirm = Delete every printout, export and calendar in the print folder older than { $days } days?
data-printouts-deleted = { $count ->
    [one] One file deleted.
   *[other] { $count } files deleted.
}
