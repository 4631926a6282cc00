# Messages of the `respond` command line and of `respond validate`.

cli-error = Error: { $error }
cli-validate-summary = { $count ->
    [0] No problems found.
    [one] 1 problem found.
   *[other] { $count } problems found.
}
cli-info-data-dir = Data folder: { $path }
cli-info-database = Database: { $path }
cli-info-schema = Database schema version: { $version }
cli-info-installation = Installation: { $uid } (the id its rows carry in a regional pool)
cli-info-language = App language: { $language }
cli-bench-startup-line = { $name }: median { $median } ms to first paint (runs: { $runs } ms)
cli-bench-startup-ratio = Ratio Respond / hello-world: { $ratio }
cli-bench-build = Build measured: { $build }
cli-bench-startup-memory-app = Respond, idle memory of all its processes: { $mb } MB
cli-bench-startup-memory-reference = Tauri hello-world, idle memory of all its processes: { $mb } MB
cli-bench-startup-memory-ratio = Ratio of idle memory, Respond / hello-world: { $ratio }
cli-bench-results-memory-results = Peak memory while working out the Results page: { $mb } MB
cli-bench-results-memory-export = Peak memory while writing the long CSV: { $mb } MB

problem-no-files = no .ftl files here
problem-extra-file = this file has no English counterpart
problem-missing-file = the { $lang } translation of this file is missing
problem-missing-message = message "{ $id }" is missing in { $lang }
problem-extra-message = message "{ $id }" is not in English: remove it or add it to English
problem-duplicate-message = message "{ $id }" is also in { $file }: a message may be in one file only
problem-variables-differ = message "{ $id }" uses variables { $found }, English uses { $expected }
problem-attributes-differ = message "{ $id }" has attributes { $found }, English has { $expected }
problem-empty-message = message "{ $id }" is empty
problem-syntax = syntax error: { $error }
problem-unreadable = cannot read this file: { $error }
cli-bench-results-data = Demo database: { $participants } participants, { $rows } answers.
cli-bench-results-line = { $name }: median { $median } ms (runs: { $runs } ms)
cli-bench-results-ratio = Ratio to sqlite3's CSV export of the same rows: long CSV { $export }, Results page { $results }
cli-bench-results-no-sqlite = sqlite3 is not installed: no reference to compare with.
cli-bench-bundle-data = Demo database: { $participants } participants, in one bundle.
cli-bench-bundle-ratio = Ratio of the import to the export: { $ratio }
cli-bench-pool-data = Demo database: { $participants } participants, { $answers } answers.
cli-bench-pool-ratio = Ratio of the push to PostgreSQL's COPY of the long CSV: { $ratio }
cli-demo-done = Sample data added: { $sessions } sessions at { $sites } sites, { $participants } participants.
cli-validate-warning = warning: { $problem }
cli-bench-scan-data = { $pages } answer sheet pages at { $dpi } dpi, half scanned, half photographed ({ $build } build).
cli-bench-scan-accuracy = Boxes read right: { $right } % of { $boxes }. Read wrong but flagged: { $flagged }; read wrong and not flagged: { $silent }. Questions flagged to check: { $questions } of { $total }.
cli-bench-scan-rate = Pages read per second: { $rate }
cli-bench-scan-ratio = Ratio of reading to typing the same answers at 2 keys a second: { $ratio }
