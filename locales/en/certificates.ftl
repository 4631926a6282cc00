# Words printed on certificates (src/certificates.rs), and the messages of
# `respond print certificates`, `respond verify` and `respond bench pdf`.

## The certificate

certificates-document-title = Certificates
certificates-title = Certificate of training
certificates-subtitle = Overdose response and naloxone
# Above the person's name.
certificates-certifies = This is to certify that
# Below the name, above the list of modules.
certificates-completed = has completed the training
certificates-date-label = Date
certificates-site-label = Place
certificates-trainers-label = Delivered by
certificates-serial = Serial number
certificates-verify-hint = To check it is genuine: the organisation that issued it can confirm it from the number { $serial } or the QR code.
certificates-key = Signed with the Respond key { $fingerprint }

## `respond print certificates` and `respond verify`

certificates-cli-names-missing = No certificates printed: a certificate needs the person’s name. Add a name for { $codes } to the participants, then print again.
certificates-cli-names-unprintable = No certificates printed: the name of { $codes } has letters a certificate cannot print yet (it prints Latin, Greek and Cyrillic letters). Write the name in those letters.
certificates-verify-valid = Valid certificate { $serial }, signed with the key { $fingerprint }.
certificates-verify-name = Name: { $name }
certificates-verify-date = Date: { $date }
certificates-verify-site = Place: { $site }
certificates-verify-modules = Modules: { $modules }
certificates-verify-language = Language: { $language }
certificates-invalid-malformed = Not valid: this is not the text of a certificate’s QR code, or part of it is missing.
certificates-invalid-altered = Not valid: the certificate was changed after it was signed.
certificates-invalid-other-key = Not verified: it was signed by another installation of Respond (key { $fingerprint }). Check it with that installation’s public key: respond verify --key <public key> <text of the QR code>.
certificates-invalid-unknown-serial = No certificate with serial number { $serial } was issued on this computer.
certificates-public-key = Public key of this installation: { $key }
certificates-public-key-fingerprint = Its fingerprint, printed on every certificate: { $fingerprint }

## `respond bench pdf`

certificates-bench-certificates = Respond, { $count } certificates in one PDF
certificates-bench-handouts = Respond, all { $count } handouts (4 audiences × 5 languages)
certificates-bench-libreoffice = LibreOffice, { $count } ODT certificates to PDF
certificates-bench-line = { $name }: median { $median } ms (runs: { $runs } ms)
certificates-bench-ratio = Ratio LibreOffice / Respond for { $count } certificates: { $ratio }
certificates-bench-pages = Certificate pages per second: { $rate }
certificates-bench-no-soffice = LibreOffice (soffice) is not installed: no comparison.

# What the app shows for these errors (codes "name-required" and "invalid-certificate").
error-name-required = A certificate needs the person’s name, in Latin, Greek or Cyrillic letters. Add or correct the names of the participants, then print again.
error-invalid-certificate = This certificate is not valid: it was changed after it was signed, or it was signed by another installation.
