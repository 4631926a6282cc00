//! `respond`: the command line over Respond's core, for batch work and checks.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use respond::content::{Audience, Files, Library};
use respond::data::sql::enum_text;
use respond::data::store::DatabaseState;
use respond::data::vault::{self, Vault};
use respond::i18n::{Language, Localizer};
use respond::jobs::{Job, JobProgress};
use respond::pdf::Paper;
use respond::quiz::attempts::{AnswerInput, Phase};
use respond::results::evaluation::{self, Scope};
use respond::results::export::{self, ExportOptions, Format};
use respond::results::syntax;
use respond::scan;
use respond::{
    bench, content::validate, data::audit, data::backup, data::names, data::passphrase,
    data::store, print::certificates, results::demo, settings, Store,
};

#[derive(Parser)]
#[command(name = "respond", version, about = "Respond: overdose-response training, offline")]
struct Cli {
    /// Language of the messages (en, fr, de, nl, pt); default: the system's.
    #[arg(long, global = true)]
    lang: Option<Language>,
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Check the data files a translator or trainer edits (locales/, content/); exits non-zero on problems.
    Validate {
        /// The folder holding `locales/` and `content/`.
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Show where Respond keeps its data.
    Info,
    /// Measure speed side by side with a reference and print the ratio.
    Bench {
        #[command(subcommand)]
        what: BenchCmd,
        /// Also write the figures, and the build measured, to this JSON file.
        #[arg(long, global = true)]
        json: Option<PathBuf>,
    },
    /// Print a handout, the release card or certificates to a PDF file, in the language of --lang.
    Print {
        #[command(subcommand)]
        what: PrintCmd,
    },
    /// Fill an empty database with sample sessions, tests and follow-ups, to explore Results.
    Demo {
        /// How many participants (in sessions of twelve).
        #[arg(long, default_value_t = 240)]
        participants: usize,
        /// The same seed gives the same data.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Export the results for analysis: long-csv, wide-csv, codebook, json, xlsx (all in one
    /// workbook) or return-csv (the quarterly return's figures); codes, never names.
    Export {
        #[arg(long, value_parser = parse_format)]
        format: Format,
        /// The file to write.
        #[arg(long)]
        out: PathBuf,
        /// Start the file with a byte order mark, for Excel.
        #[arg(long)]
        bom: bool,
        /// Semicolons between cells and a decimal comma, as Excel reads them where the
        /// comma is the decimal mark.
        #[arg(long)]
        decimal_comma: bool,
        #[command(flatten)]
        scope: ScopeArgs,
    },
    /// The Results page's figures: counts, scores, paired tests and effect sizes.
    Stats {
        /// As JSON, the same figures the Results page shows.
        #[arg(long)]
        json: bool,
        /// Over the regional pool's data (every installation's) instead of this laptop's.
        #[arg(long, conflicts_with_all = ["session", "site"])]
        pool: Option<String>,
        #[command(flatten)]
        scope: ScopeArgs,
    },
    /// Back up the database now (encrypted like it) and print where the backup is.
    Backup,
    /// Replace the database with a backup, after showing what it holds; the database as it
    /// is now is backed up first.
    Restore {
        /// The backup file.
        file: PathBuf,
        /// Do not ask for confirmation.
        #[arg(long)]
        yes: bool,
    },
    /// Erase the names of a session's participants; their codes and answers stay.
    EraseNames {
        /// The session's id.
        #[arg(long)]
        session: i64,
    },
    /// Show the audit log: what was done to the data, and when.
    Audit {
        /// Check that no entry was changed or removed.
        #[arg(long)]
        verify: bool,
        /// Write the whole log to this CSV file.
        #[arg(long)]
        export: Option<PathBuf>,
    },
    /// Change the database's passphrase.
    Passphrase,
    /// Share with another laptop: a signed bundle, encrypted with a passphrase of your choice
    /// (RESPOND_BUNDLE_PASSPHRASE, or asked for).
    Bundle {
        #[command(subcommand)]
        action: BundleCmd,
    },
    /// The regional pool: a PostgreSQL database this installation pushes its pseudonymous
    /// results to (codes, never names).
    Pool {
        #[command(subcommand)]
        action: PoolCmd,
    },
    /// Read scanned or photographed answer sheets (PNG, JPEG, TIFF, or PDF with one scan per
    /// page; a folder reads every such file in it) and print, for each person, every question
    /// with the letters read and a confidence; `?` marks those a person must check.
    Scan {
        /// The session's id.
        #[arg(long)]
        session: i64,
        /// pre, post or followup.
        #[arg(long, value_parser = parse_phase)]
        phase: Phase,
        /// Print everything read as JSON.
        #[arg(long)]
        json: bool,
        /// Store the sheets read with nothing uncertain (the others are left to check in the app).
        #[arg(long)]
        save: bool,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Check a certificate: the text of its QR code, or its serial if it was issued here.
    Verify {
        /// The text of the certificate's QR code (RSP1.…), or its serial number.
        #[arg(required_unless_present = "show_key")]
        payload: Option<String>,
        /// The public key of the installation that issued it; default: this one's.
        #[arg(long, allow_hyphen_values = true)]
        key: Option<String>,
        /// Print this installation's public key, for whoever checks its certificates.
        #[arg(long, conflicts_with_all = ["payload", "key"])]
        show_key: bool,
    },
}

#[derive(Subcommand)]
enum BundleCmd {
    /// Write sessions, rosters (codes), tests and follow-ups to a bundle file.
    Export {
        #[arg(long)]
        out: PathBuf,
        /// Only this session.
        #[arg(long)]
        session: Option<i64>,
        /// Only sessions dated on or after this day (YYYY-MM-DD).
        #[arg(long, conflicts_with = "session")]
        since: Option<String>,
        /// Participants' names too (without it, codes only).
        #[arg(long)]
        with_names: bool,
    },
    /// Read a bundle from another laptop: what it holds and what would change, then merge.
    Import {
        file: PathBuf,
        /// Show what would change, and change nothing.
        #[arg(long)]
        preview: bool,
        /// Accept the key of an installation seen for the first time (compare its
        /// fingerprint with the other laptop's first).
        #[arg(long)]
        trust: bool,
        /// In every conflict, take the bundle's version (otherwise this laptop's stays).
        #[arg(long)]
        theirs: bool,
        /// In the conflict over this record (its id, shown by --preview), take the bundle's
        /// version; repeat for each record.
        #[arg(long = "take", value_name = "ID")]
        take: Vec<String>,
        /// In the conflict over this record, keep this laptop's version and stop asking
        /// about it; repeat for each record.
        #[arg(long = "keep", value_name = "ID", conflicts_with = "theirs")]
        keep: Vec<String>,
    },
}

#[derive(Subcommand)]
enum PoolCmd {
    /// Send this installation's sessions, people (codes) and tests; again sends only what
    /// changed.
    Push {
        #[command(flatten)]
        url: PoolUrl,
    },
    /// Connect, bring the pool's tables up to date, and say what it holds.
    Check {
        #[command(flatten)]
        url: PoolUrl,
    },
}

#[derive(clap::Args)]
struct PoolUrl {
    /// postgresql://user:password@host/database?sslmode=require; default: RESPOND_POOL_URL,
    /// else the one saved in the app.
    #[arg(long)]
    url: Option<String>,
}

#[derive(Subcommand)]
enum PrintCmd {
    /// The myth-busting handout for an audience: custody, peers, clinical or officers.
    Handout {
        #[arg(value_parser = parse_audience)]
        audience: Audience,
        #[command(flatten)]
        sheet: Sheet,
    },
    /// The release card: the response steps, the emergency number and the local services.
    ReleaseCard {
        #[command(flatten)]
        sheet: Sheet,
    },
    /// Certificates for a session's participants, one page each, in one PDF; in the language
    /// of --lang, or else in each participant's own.
    Certificates {
        /// The session's id.
        #[arg(long)]
        session: i64,
        /// Only this participant (their id).
        #[arg(long)]
        participant: Option<i64>,
        /// Paper size: a4 or letter.
        #[arg(long, default_value = "a4")]
        paper: Paper,
        /// The PDF file to write.
        #[arg(long)]
        out: PathBuf,
    },
    /// The quarterly return of the sessions in a period, in the language of --lang: trainings,
    /// people and kits per site, audience and trainer, knowledge, myths and follow-up.
    Return {
        /// The first day of the period (YYYY-MM-DD).
        #[arg(long)]
        from: String,
        /// The last day of the period (YYYY-MM-DD).
        #[arg(long)]
        to: String,
        /// Paper size: a4 or letter.
        #[arg(long, default_value = "a4")]
        paper: Paper,
        /// The PDF file to write.
        #[arg(long)]
        out: PathBuf,
    },
    /// A session's answer sheets, each person's in their language, made to be read back by
    /// `respond scan`; and blank sheets for people who arrive late.
    AnswerSheets {
        /// The session's id.
        #[arg(long)]
        session: i64,
        /// pre, post or followup.
        #[arg(long, value_parser = parse_phase)]
        phase: Phase,
        /// Blank sheets to add, on which people write their code.
        #[arg(long, default_value_t = 0)]
        blank: usize,
        /// Paper size: a4 or letter.
        #[arg(long, default_value = "a4")]
        paper: Paper,
        /// The PDF file to write.
        #[arg(long)]
        out: PathBuf,
    },
    /// The evaluation report of the Results page, in the language of --lang.
    Report {
        #[command(flatten)]
        scope: ScopeArgs,
        /// Paper size: a4 or letter.
        #[arg(long, default_value = "a4")]
        paper: Paper,
        /// The PDF file to write.
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(clap::Args)]
struct Sheet {
    /// Paper size: a4 or letter.
    #[arg(long, default_value = "a4")]
    paper: Paper,
    /// The site's country (e.g. FR), which sets the emergency number; without it, 112.
    #[arg(long)]
    country: Option<String>,
    /// A local service to list; repeat for each one.
    #[arg(long = "service")]
    services: Vec<String>,
    /// The PDF file to write.
    #[arg(long)]
    out: PathBuf,
}

/// Which sessions a command covers: one session, one site, one audience, a period, or all
/// (default).
#[derive(clap::Args)]
struct ScopeArgs {
    /// Only this session (its id).
    #[arg(long, conflicts_with_all = ["site", "audience", "from"])]
    session: Option<i64>,
    /// Only this site (its id).
    #[arg(long, conflicts_with_all = ["audience", "from"])]
    site: Option<i64>,
    /// Only sessions for this audience.
    #[arg(long, value_parser = parse_audience, conflicts_with = "from")]
    audience: Option<Audience>,
    #[command(flatten)]
    period: PeriodArgs,
}

/// A period of sessions, by their dates.
#[derive(clap::Args)]
struct PeriodArgs {
    /// Only sessions dated on or after this day (YYYY-MM-DD); with --to.
    #[arg(long, requires = "to")]
    from: Option<String>,
    /// Only sessions dated on or before this day (YYYY-MM-DD); with --from.
    #[arg(long, requires = "from")]
    to: Option<String>,
}

impl ScopeArgs {
    fn scope(&self) -> Scope {
        match (self.session, self.site, self.audience, &self.period) {
            (Some(id), ..) => Scope::Session { id },
            (_, Some(id), ..) => Scope::Site { id },
            (_, _, Some(audience), _) => Scope::Audience { audience },
            (_, _, _, PeriodArgs { from: Some(from), to: Some(to) }) => {
                Scope::Period { from: from.clone(), to: to.clone() }
            }
            _ => Scope::All,
        }
    }
}

fn parse_format(name: &str) -> Result<Format, String> {
    serde_json::from_value(serde_json::Value::String(name.to_string()))
        .map_err(|_| "use long-csv, wide-csv, codebook, json, return-csv or xlsx".to_string())
}

fn parse_phase(name: &str) -> Result<Phase, String> {
    serde_json::from_value(serde_json::Value::String(name.to_string()))
        .map_err(|_| "use pre, post or followup".to_string())
}

fn parse_audience(name: &str) -> Result<Audience, String> {
    Audience::ALL
        .into_iter()
        .find(|a| serde_json::to_value(a).ok().is_some_and(|v| v == name))
        .ok_or_else(|| "use custody, peers, clinical or officers".to_string())
}

#[derive(Subcommand)]
enum BenchCmd {
    /// Time from process start to first interactive paint, Respond vs a bare Tauri app.
    Startup {
        #[arg(long, default_value = "target/debug/respond-desktop")]
        app: PathBuf,
        #[arg(long, default_value = "target/debug/hello-tauri")]
        reference: PathBuf,
        #[arg(long, default_value_t = 5)]
        runs: usize,
    },
    /// Time the Results page's figures and the long CSV export over a demo database, next to
    /// sqlite3's own CSV export of the same rows.
    Results {
        #[arg(long, default_value_t = 100_000)]
        participants: usize,
        #[arg(long, default_value_t = 3)]
        runs: usize,
    },
    /// Time making a bundle of a demo database and importing it into an empty one.
    Bundle {
        #[arg(long, default_value_t = 10_000)]
        participants: usize,
        #[arg(long, default_value_t = 3)]
        runs: usize,
    },
    /// Time a first push of a demo database to the regional pool, next to PostgreSQL's own
    /// COPY of the same long CSV.
    Pool {
        /// A throwaway database: its `respond` schema is dropped before each run.
        #[arg(long)]
        url: String,
        #[arg(long, default_value_t = 100_000)]
        participants: usize,
        #[arg(long, default_value_t = 3)]
        runs: usize,
    },
    /// Read a pile of printed, marked, scanned and photographed answer sheets: accuracy,
    /// errors flagged and not, and the time next to typing the same answers.
    Scan {
        #[arg(long, default_value_t = 40)]
        pages: usize,
        #[arg(long, default_value_t = 300)]
        dpi: u32,
        #[arg(long, default_value_t = 3)]
        runs: usize,
    },
    /// Time 30 certificates in one PDF and every handout in every language, and LibreOffice
    /// converting 30 ODT certificates to PDF when it is installed.
    Pdf {
        #[arg(long, default_value_t = 5)]
        runs: usize,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let l10n = Localizer::new(cli.lang.unwrap_or_else(Language::from_os));
    match run(cli.command, cli.lang, &l10n) {
        Ok(code) => code,
        Err(respond::Error::Bundle(refusal)) => {
            let id = format!("error-bundle-{}", refusal.code());
            eprintln!("{}", l10n.tr(&id, &[]));
            ExitCode::FAILURE
        }
        Err(respond::Error::Pool(refusal)) => {
            let id = format!("error-pool-{}", refusal.code());
            eprintln!("{}", l10n.tr(&id, &[]));
            eprintln!("({refusal})");
            ExitCode::FAILURE
        }
        Err(respond::Error::Cancelled) => {
            eprintln!("{}", l10n.tr("error-cancelled", &[]));
            ExitCode::from(130)
        }
        Err(err) => {
            eprintln!("{}", l10n.tr("cli-error", &[("error", err.to_string().into())]));
            ExitCode::FAILURE
        }
    }
}

/// A long command's job: its progress on stderr when that is a terminal, and Ctrl+C
/// stopping it through the job, so that nothing is left half done. A second Ctrl+C quits
/// at once.
fn cli_job(l10n: &Localizer) -> Job {
    use std::io::{IsTerminal, Write};
    use std::sync::atomic::{AtomicBool, Ordering};
    let cancel = Arc::new(AtomicBool::new(false));
    let flag = cancel.clone();
    // Only the first job of a run gets the handler; a command runs one long job.
    let _ = ctrlc::set_handler(move || {
        if flag.swap(true, Ordering::SeqCst) {
            std::process::exit(130);
        }
    });
    let terminal = std::io::stderr().is_terminal();
    let working = l10n.tr("job-working", &[]);
    let progress = Localizer::new(l10n.language());
    Job::new(cancel, move |p: JobProgress| {
        if !terminal {
            return;
        }
        let text = match (p.done, p.total) {
            (_, 0) => working.clone(),
            (done, total) => {
                progress.tr("job-progress", &[("percent", (done * 100 / total).into())])
            }
        };
        let mut err = std::io::stderr().lock();
        // Back to the line's start: the next figure writes over this one; the last clears it.
        if p.total > 0 && p.done >= p.total {
            let _ = write!(err, "\r{}\r", " ".repeat(text.chars().count()));
        } else {
            let _ = write!(err, "\r{text}");
        }
        let _ = err.flush();
    })
}

/// `cli_lang` is --lang as given: certificates without it are in each person's language.
fn run(command: Cmd, cli_lang: Option<Language>, l10n: &Localizer) -> respond::Result<ExitCode> {
    match command {
        data @ (Cmd::Backup
        | Cmd::Restore { .. }
        | Cmd::EraseNames { .. }
        | Cmd::Audit { .. }
        | Cmd::Passphrase) => data_command(data, l10n),
        Cmd::Bundle { action } => bundle_command(action, l10n),
        Cmd::Pool { action } => pool_command(action, l10n),
        Cmd::Validate { root } => {
            let mut problems = validate::check_locales(&root.join("locales"));
            let content = Files::from_dir(&root.join("content"))?;
            let library = Library::load(&content);
            problems.extend_from_slice(library.problems());
            for problem in &problems {
                println!("{}", problem.render(l10n));
            }
            for warning in library.bank().warnings() {
                println!(
                    "{}",
                    l10n.tr("cli-validate-warning", &[("problem", warning.render(l10n).into())])
                );
            }
            for line in library.bank().summary(l10n) {
                println!("{line}");
            }
            println!("{}", l10n.tr("cli-validate-summary", &[("count", problems.len().into())]));
            Ok(if problems.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE })
        }
        Cmd::Info => {
            let dir = store::data_dir()?;
            let store = open_store(l10n)?;
            let settings = settings::load(&store, Language::from_os())?;
            println!(
                "{}",
                l10n.tr("cli-info-data-dir", &[("path", dir.display().to_string().into())])
            );
            println!(
                "{}",
                l10n.tr(
                    "cli-info-database",
                    &[("path", store.path().display().to_string().into())]
                )
            );
            println!(
                "{}",
                l10n.tr("cli-info-schema", &[("version", store.schema_version()?.into())])
            );
            let installation = respond::data::installation::uid(store.conn())?;
            println!("{}", l10n.tr("cli-info-installation", &[("uid", installation.into())]));
            println!(
                "{}",
                l10n.tr(
                    "cli-info-language",
                    &[("language", settings.language.native_name().into())]
                )
            );
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Bench { what, json } => {
            let record = run_bench(what, l10n)?;
            if let Some(path) = json {
                let text = serde_json::to_string_pretty(&record).map_err(std::io::Error::other)?;
                std::fs::write(path, text)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Demo { participants, seed } => {
            let store = open_store(l10n)?;
            let summary = demo::fill(
                &store,
                &Library::load_default(),
                participants,
                l10n.language(),
                seed,
                &cli_job(l10n),
            )?;
            println!(
                "{}",
                l10n.tr(
                    "cli-demo-done",
                    &[
                        ("sessions", summary.sessions.into()),
                        ("participants", summary.participants.into()),
                        ("sites", summary.sites.into())
                    ]
                )
            );
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Export { format, out, bom, decimal_comma, scope } => {
            let store = open_store(l10n)?;
            let options = ExportOptions { format, bom, decimal_comma, lang: l10n.language() };
            let (library, scope) = (Library::load_default(), scope.scope());
            let job = cli_job(l10n);
            respond::data::files::write_with(&out, |w| {
                export::write(&store, &library, &scope, &options, w, &job)
            })?;
            let beside = syntax::save_beside(&store, &library, &scope, &options, &out)?;
            for path in std::iter::once(out).chain(beside) {
                println!(
                    "{}",
                    l10n.tr("print-cli-written", &[("path", path.display().to_string().into())])
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Stats { json, pool, scope } => {
            // The pool's data goes into a throwaway database: the same code computes it.
            let dir = tempfile::tempdir()?;
            let store = match &pool {
                Some(url) => respond::pool::pooled_store(url, dir.path())?,
                None => open_store(l10n)?,
            };
            let scope = scope.scope();
            let figures =
                evaluation::evaluate(&store, &Library::load_default(), &scope, l10n.language())?;
            if json {
                let mut value = serde_json::to_value(&figures).expect("figures serialise");
                if let Some(map) = value.as_object_mut() {
                    let kits = evaluation::kit_counts(&store, &scope)?;
                    map.insert("kits".into(), serde_json::to_value(kits).expect("kits serialise"));
                }
                println!("{}", serde_json::to_string_pretty(&value).expect("JSON"));
            } else {
                for line in respond::results::view::summary_lines(&figures, l10n) {
                    println!("{line}");
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Verify { payload, key, show_key } => {
            if show_key {
                let key = certificates::public_key(&open_store(l10n)?)?;
                println!("{}", l10n.tr("certificates-public-key", &[("key", key.as_str().into())]));
                println!(
                    "{}",
                    l10n.tr(
                        "certificates-public-key-fingerprint",
                        &[("fingerprint", certificates::fingerprint(&key)?.into())]
                    )
                );
                return Ok(ExitCode::SUCCESS);
            }
            let payload = payload.unwrap_or_default();
            let checked = match &key {
                Some(key) => certificates::verify_with_key(key, &payload),
                None => certificates::verify(&open_store(l10n)?, &payload),
            };
            let cert = match checked {
                Ok(cert) => cert,
                Err(err) => return refused(err, l10n),
            };
            let library = Library::load_default();
            let modules: Vec<String> = cert
                .modules
                .iter()
                .map(|id| {
                    library
                        .module(id)
                        .and_then(|m| m.text(l10n.language()))
                        .map_or_else(|| id.clone(), |t| t.title.clone())
                })
                .collect();
            println!(
                "{}",
                l10n.tr(
                    "certificates-verify-valid",
                    &[("serial", cert.serial.into()), ("fingerprint", cert.key.into())]
                )
            );
            println!("{}", l10n.tr("certificates-verify-name", &[("name", cert.name.into())]));
            println!("{}", l10n.tr("certificates-verify-date", &[("date", cert.date.into())]));
            println!("{}", l10n.tr("certificates-verify-site", &[("site", cert.site.into())]));
            println!(
                "{}",
                l10n.tr("certificates-verify-modules", &[("modules", modules.join("; ").into())])
            );
            println!(
                "{}",
                l10n.tr(
                    "certificates-verify-language",
                    &[("language", cert.language.native_name().into())]
                )
            );
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Scan { session, phase, json, save, files } => {
            scan_command(session, phase, json, save, &files, l10n)
        }
        Cmd::Print { what } => {
            let library = Library::load_default();
            let lang = l10n.language();
            let site_of = |sheet: &Sheet| {
                library.site_values(
                    sheet.country.as_deref().map(str::to_uppercase).as_deref(),
                    &sheet.services,
                    lang,
                )
            };
            let (bytes, out) = match what {
                PrintCmd::Handout { audience, sheet } => (
                    respond::print::handout::handout(
                        &library,
                        audience,
                        lang,
                        sheet.paper,
                        &site_of(&sheet),
                    )?,
                    sheet.out,
                ),
                PrintCmd::ReleaseCard { sheet } => (
                    respond::print::card::release_card(
                        &library,
                        lang,
                        sheet.paper,
                        &site_of(&sheet),
                    )?,
                    sheet.out,
                ),
                PrintCmd::Report { scope, paper, out } => (
                    respond::print::report::report_pdf(
                        &open_store(l10n)?,
                        &library,
                        &scope.scope(),
                        lang,
                        paper,
                        &cli_job(l10n),
                    )?,
                    out,
                ),
                PrintCmd::AnswerSheets { session, phase, blank, paper, out } => (
                    respond::print::sheets::answer_sheets(
                        &open_store(l10n)?,
                        &library,
                        session,
                        phase,
                        paper,
                        blank,
                    )?,
                    out,
                ),
                PrintCmd::Return { from, to, paper, out } => (
                    respond::print::programme::return_pdf(
                        &open_store(l10n)?,
                        &library,
                        &Scope::Period { from, to },
                        lang,
                        paper,
                    )?,
                    out,
                ),
                PrintCmd::Certificates { session, participant, paper, out } => {
                    let store = open_store(l10n)?;
                    let made = certificates::certificates_pdf(
                        &store,
                        &library,
                        session,
                        participant,
                        cli_lang,
                        paper,
                    );
                    match made {
                        Ok(bytes) => {
                            if participant.is_none() {
                                for skip in certificates::skipped(&store, session)? {
                                    let reason = enum_text(&skip.reason);
                                    let id = format!("print-skipped-{reason}");
                                    eprintln!("{}: {}", skip.code, l10n.tr(&id, &[]));
                                }
                            }
                            (bytes, out)
                        }
                        Err(err) => return refused(err, l10n),
                    }
                }
            };
            std::fs::write(&out, bytes)?;
            println!(
                "{}",
                l10n.tr("print-cli-written", &[("path", out.display().to_string().into())])
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `respond scan`: reads the files (and the scans in the folders) given, prints what was
/// read, and with `save` stores the sheets with nothing left to check.
fn scan_command(
    session: i64,
    phase: Phase,
    json: bool,
    save: bool,
    paths: &[PathBuf],
    l10n: &Localizer,
) -> respond::Result<ExitCode> {
    let store = open_store(l10n)?;
    let library = Library::load_default();
    let mut files = vec![];
    for path in paths {
        let found = if path.is_dir() { scan::files_in(path)? } else { vec![path.clone()] };
        for file in found {
            let bytes = std::fs::read(&file)?;
            files.push(scan::ScanFile { name: file.display().to_string(), bytes });
        }
    }
    let read = scan::read(&store, &library, session, phase, &files, false)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&read).expect("plain data"));
    } else {
        for sheet in &read.sheets {
            println!("{}", sheet.code);
            for item in &sheet.items {
                let flag = if item.uncertain { "?" } else { "" };
                println!("  {:<36} {:<6} {:.2}{flag}", item.item_id, item.keys, item.confidence);
            }
            for page in &sheet.missing_pages {
                println!("  {}", l10n.tr("scan-cli-page-missing", &[("page", (*page).into())]));
            }
        }
        for page in &read.loose {
            let id = if page.blank { "scan-loose-blank" } else { "scan-loose-unread" };
            let file = &files[page.file as usize].name;
            println!("{file} ({}): {}", page.index + 1, l10n.tr(id, &[]));
        }
    }
    for problem in &read.problems {
        let reason = l10n.tr(&format!("scan-problem-{}", problem.reason), &[]);
        let page = problem.page.unwrap_or(1);
        eprintln!(
            "{}",
            l10n.tr(
                "scan-problem",
                &[
                    ("file", problem.file.clone().into()),
                    ("page", page.into()),
                    ("reason", reason.into())
                ]
            )
        );
    }
    if save {
        let (ready, left): (Vec<_>, Vec<_>) = read
            .sheets
            .iter()
            .partition(|s| s.missing_pages.is_empty() && s.items.iter().all(|i| !i.uncertain));
        for sheet in &ready {
            let answers: Vec<AnswerInput> = sheet
                .items
                .iter()
                .map(|i| AnswerInput { item_id: i.item_id.clone(), chosen: i.chosen.clone() })
                .collect();
            let scanned: Vec<String> = sheet.items.iter().map(|i| i.item_id.clone()).collect();
            respond::quiz::attempts::record_scanned(
                &store,
                &library,
                sheet.participant,
                phase,
                &answers,
                &scanned,
                &sheet.files,
            )?;
        }
        println!(
            "{}",
            l10n.tr(
                "scan-cli-saved",
                &[("count", ready.len().into()), ("left", (left.len() + read.loose.len()).into())]
            )
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Opens the database with the passphrase from `RESPOND_PASSPHRASE`, or asked for on the
/// terminal without echo; on first run the passphrase is chosen (typed twice).
fn open_store(l10n: &Localizer) -> respond::Result<Store> {
    let dir = store::data_dir()?;
    let existing = store::database_state(&dir) == DatabaseState::Encrypted;
    let phrase = match std::env::var(PASSPHRASE_ENV) {
        Ok(phrase) if !phrase.is_empty() => {
            // A new database takes a passphrase by the same rule as in the app.
            if !existing {
                passphrase::check_new(&phrase, &phrase)?;
            }
            phrase
        }
        _ if existing => ask(l10n, "data-cli-passphrase")?,
        _ => new_passphrase(l10n)?,
    };
    Store::open(&dir, &phrase)
}

/// The message `id` with the ratio of two samples' medians.
fn print_ratio(l10n: &Localizer, id: &str, measured: &bench::Sample, reference: &bench::Sample) {
    let ratio = measured.median().as_secs_f64() / reference.median().as_secs_f64();
    println!("{}", l10n.tr(id, &[("ratio", format!("{ratio:.2}").into())]));
}

/// One benchmark's line (the message `id`): its median and every run; kept in `record`.
fn print_sample(l10n: &Localizer, id: &str, sample: &bench::Sample, record: &mut bench::Record) {
    record.sample(sample);
    let ms: Vec<String> = sample.times.iter().map(|t| t.as_millis().to_string()).collect();
    println!(
        "{}",
        l10n.tr(
            id,
            &[
                ("name", sample.name.clone().into()),
                ("median", (sample.median().as_millis() as u64).into()),
                ("runs", ms.join(" ").into())
            ]
        )
    );
}

/// Runs one benchmark, prints its lines, and gives its figures for `--json`.
fn run_bench(what: BenchCmd, l10n: &Localizer) -> respond::Result<bench::Record> {
    use bench::{Record, Target, Unit};
    const LINE: &str = "cli-bench-results-line";
    println!("{}", l10n.tr("cli-bench-build", &[("build", bench::BUILD.into())]));
    let show_mb = |label: &str, mb: f64| {
        println!("{}", l10n.tr(label, &[("mb", format!("{mb:.0}").into())]));
    };
    match what {
        BenchCmd::Startup { app, reference, runs } => {
            let times = bench::startup(&app, &reference, runs.max(1))?;
            let mut record = Record::new("startup", format!("{} runs", runs.max(1)));
            for sample in [&times.app, &times.reference] {
                print_sample(l10n, "cli-bench-startup-line", sample, &mut record);
            }
            print_ratio(l10n, "cli-bench-startup-ratio", &times.app, &times.reference);
            record.ratio("start-up", &times.app, &times.reference, Target::AtMost(1.2));
            if let (Some(app), Some(reference)) = (times.app_mb, times.reference_mb) {
                show_mb("cli-bench-startup-memory-app", app);
                show_mb("cli-bench-startup-memory-reference", reference);
                let ratio = app / reference;
                println!(
                    "{}",
                    l10n.tr(
                        "cli-bench-startup-memory-ratio",
                        &[("ratio", format!("{ratio:.2}").into())]
                    )
                );
                record.check("idle memory", ratio, Unit::Ratio, Target::AtMost(1.3));
                record.check("idle memory, Respond", app, Unit::Mb, Target::None);
            }
            Ok(record)
        }
        BenchCmd::Pdf { runs } => {
            let times = bench::pdf(runs.max(1))?;
            let count = bench::CERTIFICATES;
            let mut record = Record::new("pdf", format!("{} runs", runs.max(1)));
            let show = |label: &str, count: usize, sample: &bench::Sample| {
                let ms: Vec<String> =
                    sample.times.iter().map(|t| t.as_millis().to_string()).collect();
                let name = l10n.tr(label, &[("count", count.into())]);
                println!(
                    "{}",
                    l10n.tr(
                        "certificates-bench-line",
                        &[
                            ("name", name.into()),
                            ("median", (sample.median().as_millis() as u64).into()),
                            ("runs", ms.join(" ").into())
                        ]
                    )
                );
            };
            show("certificates-bench-certificates", count, &times.certificates);
            show("certificates-bench-handouts", times.handout_count, &times.handouts);
            record.sample(&times.certificates);
            record.sample(&times.handouts);
            let pages = count as f64 / times.certificates.median().as_secs_f64();
            println!(
                "{}",
                l10n.tr("certificates-bench-pages", &[("rate", format!("{pages:.0}").into())])
            );
            record.check("certificate pages per second", pages, Unit::PerSecond, Target::None);
            match &times.libreoffice {
                Some(libreoffice) => {
                    show("certificates-bench-libreoffice", count, libreoffice);
                    record.sample(libreoffice);
                    let ratio = libreoffice.median().as_secs_f64()
                        / times.certificates.median().as_secs_f64();
                    println!(
                        "{}",
                        l10n.tr(
                            "certificates-bench-ratio",
                            &[("count", count.into()), ("ratio", format!("{ratio:.1}").into())]
                        )
                    );
                    record.ratio(
                        "certificates, LibreOffice / Respond",
                        libreoffice,
                        &times.certificates,
                        Target::AtLeast(50.0),
                    );
                }
                None => println!("{}", l10n.tr("certificates-bench-no-soffice", &[])),
            }
            Ok(record)
        }
        BenchCmd::Results { participants, runs } => {
            let times = bench::results(participants, runs.max(1))?;
            let mut record = Record::new(
                "results",
                format!("{} participants, {} answers", times.participants, times.rows),
            );
            println!(
                "{}",
                l10n.tr(
                    "cli-bench-results-data",
                    &[("participants", times.participants.into()), ("rows", times.rows.into())]
                )
            );
            for sample in [Some(&times.evaluate), Some(&times.export), times.sqlite.as_ref()]
                .into_iter()
                .flatten()
            {
                print_sample(l10n, LINE, sample, &mut record);
            }
            match &times.sqlite {
                Some(sqlite) => {
                    let ratio = |s: &bench::Sample| {
                        format!("{:.2}", s.median().as_secs_f64() / sqlite.median().as_secs_f64())
                    };
                    println!(
                        "{}",
                        l10n.tr(
                            "cli-bench-results-ratio",
                            &[
                                ("export", ratio(&times.export).into()),
                                ("results", ratio(&times.evaluate).into())
                            ]
                        )
                    );
                    record.ratio("long CSV / sqlite3", &times.export, sqlite, Target::AtMost(1.5));
                    record.ratio("Results / sqlite3", &times.evaluate, sqlite, Target::AtMost(1.0));
                }
                None => println!("{}", l10n.tr("cli-bench-results-no-sqlite", &[])),
            }
            if let (Some(results), Some(export)) = (times.evaluate_mb, times.export_mb) {
                show_mb("cli-bench-results-memory-results", results);
                show_mb("cli-bench-results-memory-export", export);
                record.check("Results, peak memory", results, Unit::Mb, Target::AtMost(500.0));
                record.check("long CSV, peak memory", export, Unit::Mb, Target::AtMost(500.0));
            }
            Ok(record)
        }
        BenchCmd::Scan { pages, dpi, runs } => {
            let times = bench::scan(pages, dpi, runs.max(1))?;
            let acc = times.accuracy;
            let mut record =
                bench::Record::new("scan", format!("{} pages at {} dpi", times.pages, times.dpi));
            let build = if cfg!(debug_assertions) { "debug" } else { "release" };
            println!(
                "{}",
                l10n.tr(
                    "cli-bench-scan-data",
                    &[
                        ("pages", times.pages.into()),
                        ("dpi", times.dpi.into()),
                        ("build", build.into())
                    ]
                )
            );
            println!(
                "{}",
                l10n.tr(
                    "cli-bench-scan-accuracy",
                    &[
                        ("right", format!("{:.2}", acc.share_right() * 100.0).into()),
                        ("boxes", acc.boxes.into()),
                        ("flagged", acc.wrong_flagged.into()),
                        ("silent", acc.wrong_silent.into()),
                        ("questions", acc.flagged.into()),
                        ("total", acc.questions.into()),
                    ]
                )
            );
            print_sample(l10n, LINE, &times.read, &mut record);
            let typing = bench::Sample { name: "typing".into(), times: vec![times.typing()] };
            print_sample(l10n, LINE, &typing, &mut record);
            let rate = times.pages as f64 / times.read.median().as_secs_f64();
            println!(
                "{}",
                l10n.tr("cli-bench-scan-rate", &[("rate", format!("{rate:.1}").into())])
            );
            print_ratio(l10n, "cli-bench-scan-ratio", &times.read, &typing);
            record.check("pages read per second", rate, Unit::PerSecond, Target::None);
            record.ratio("reading / typing", &times.read, &typing, Target::AtMost(1.0));
            Ok(record)
        }
        BenchCmd::Bundle { participants, runs } => {
            let times = bench::bundle(participants, runs.max(1))?;
            let mut record =
                bench::Record::new("bundle", format!("{} participants", times.participants));
            println!(
                "{}",
                l10n.tr("cli-bench-bundle-data", &[("participants", times.participants.into())])
            );
            for sample in [&times.export, &times.import] {
                print_sample(l10n, LINE, sample, &mut record);
            }
            print_ratio(l10n, "cli-bench-bundle-ratio", &times.import, &times.export);
            record.ratio("import / export", &times.import, &times.export, Target::None);
            Ok(record)
        }
        BenchCmd::Pool { url, participants, runs } => {
            let times = bench::pool(&url, participants, runs.max(1))?;
            let mut record = bench::Record::new(
                "pool",
                format!("{} participants, {} answers", times.participants, times.answers),
            );
            println!(
                "{}",
                l10n.tr(
                    "cli-bench-pool-data",
                    &[
                        ("participants", times.participants.into()),
                        ("answers", times.answers.into())
                    ]
                )
            );
            for sample in [&times.push, &times.copy] {
                print_sample(l10n, LINE, sample, &mut record);
            }
            print_ratio(l10n, "cli-bench-pool-ratio", &times.push, &times.copy);
            record.ratio("push / COPY", &times.push, &times.copy, Target::None);
            Ok(record)
        }
    }
}

const BUNDLE_PASSPHRASE_ENV: &str = "RESPOND_BUNDLE_PASSPHRASE";

/// The bundle's passphrase: from `RESPOND_BUNDLE_PASSPHRASE`, or typed (twice for a new
/// bundle).
fn bundle_passphrase(l10n: &Localizer, new: bool) -> respond::Result<String> {
    if let Ok(phrase) = std::env::var(BUNDLE_PASSPHRASE_ENV) {
        if !phrase.is_empty() {
            return Ok(phrase);
        }
    }
    let phrase = ask(l10n, "bundle-cli-passphrase")?;
    if new {
        let again = ask(l10n, "data-cli-confirm-passphrase")?;
        passphrase::check_new(&phrase, &again)?;
    }
    Ok(phrase)
}

fn bundle_command(action: BundleCmd, l10n: &Localizer) -> respond::Result<ExitCode> {
    use respond::bundle::{self, merge, Selection};
    let store = open_store(l10n)?;
    match action {
        BundleCmd::Export { out, session, since, with_names } => {
            let phrase = bundle_passphrase(l10n, true)?;
            let selection = Selection { session, since, with_names };
            let (bytes, counts) = bundle::export(&store, &selection, &phrase)?;
            respond::data::files::write_whole(&out, &bytes)?;
            println!(
                "{}",
                l10n.tr(
                    "bundle-cli-exported",
                    &[
                        ("path", out.display().to_string().into()),
                        ("sessions", counts.sessions.into()),
                        ("participants", counts.participants.into()),
                        ("attempts", counts.attempts.into()),
                        ("names", counts.names.into()),
                    ]
                )
            );
        }
        BundleCmd::Import { file, preview, trust, theirs, take, keep } => {
            let bytes = std::fs::read(&file)?;
            let phrase = bundle_passphrase(l10n, false)?;
            let seen = merge::preview(&store, &bytes, &phrase)?;
            print_preview(l10n, &seen);
            if preview {
                return Ok(ExitCode::SUCCESS);
            }
            if !seen.known && !trust {
                eprintln!(
                    "{}",
                    l10n.tr(
                        "bundle-cli-trust",
                        &[("fingerprint", seen.fingerprint.clone().into())]
                    )
                );
                return Ok(ExitCode::FAILURE);
            }
            let options =
                merge::ImportOptions { trust, take_theirs: theirs, theirs: take, ours: keep };
            let done = merge::import(&store, &bytes, &phrase, options.clone(), &cli_job(l10n))?;
            println!("{}", l10n.tr("bundle-cli-imported", &[]));
            let taken =
                done.conflicts.iter().filter(|c| theirs || options.theirs.contains(&c.uid)).count();
            let kept = done.conflicts.len() - taken;
            if taken > 0 {
                println!("{}", l10n.tr("bundle-cli-conflicts-theirs", &[("count", taken.into())]));
            }
            if kept > 0 {
                println!("{}", l10n.tr("bundle-cli-conflicts-ours", &[("count", kept.into())]));
                println!("{}", l10n.tr("bundle-cli-choose", &[]));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn pool_command(action: PoolCmd, l10n: &Localizer) -> respond::Result<ExitCode> {
    let store = open_store(l10n)?;
    let (PoolCmd::Push { url } | PoolCmd::Check { url }) = &action;
    let url = match url.url.clone().or_else(|| std::env::var(respond::pool::URL_ENV).ok()) {
        Some(url) => url,
        None => respond::pool::settings(&store)?
            .url
            .ok_or(respond::Error::Pool(respond::error::PoolRefusal::BadUrl))?,
    };
    match action {
        PoolCmd::Check { .. } => {
            let status = respond::pool::check(&url)?;
            println!(
                "{}",
                l10n.tr(
                    "pool-checked",
                    &[
                        ("server", status.server.into()),
                        ("installations", status.installations.into()),
                        ("participants", status.participants.into())
                    ]
                )
            );
        }
        PoolCmd::Push { .. } => {
            let library = Library::load_default();
            let done = respond::pool::push(&store, &library, &url, &mut |_| {}, &cli_job(l10n))?;
            println!(
                "{}",
                l10n.tr(
                    "pool-pushed",
                    &[
                        ("sessions", done.sessions.into()),
                        ("participants", done.participants.into()),
                        ("attempts", done.attempts.into()),
                        ("new", done.new.into()),
                        ("updated", done.updated.into()),
                        ("removed", done.removed.into())
                    ]
                )
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn print_preview(l10n: &Localizer, p: &respond::bundle::merge::BundlePreview) {
    let from = if p.known { "bundle-cli-from-known" } else { "bundle-cli-from-new" };
    println!(
        "{}",
        l10n.tr(
            from,
            &[
                ("installation", p.installation.clone().into()),
                ("fingerprint", p.fingerprint.clone().into())
            ]
        )
    );
    for (kind, t) in [
        ("bundle-kind-sessions", &p.sessions),
        ("bundle-kind-participants", &p.participants),
        ("bundle-kind-attempts", &p.attempts),
    ] {
        println!(
            "{}",
            l10n.tr(
                "bundle-cli-tally",
                &[
                    ("kind", l10n.tr(kind, &[]).into()),
                    ("new", t.new.into()),
                    ("updated", t.updated.into()),
                    ("unchanged", t.unchanged.into()),
                    ("kept", t.kept.into()),
                ]
            )
        );
    }
    for c in &p.conflicts {
        println!(
            "{} ({})",
            l10n.tr(
                "bundle-cli-conflict",
                &[
                    ("kind", l10n.tr(&format!("bundle-conflict-{}", c.kind), &[]).into()),
                    ("label", c.label.clone().into())
                ]
            ),
            l10n.tr("bundle-cli-conflict-id", &[("uid", c.uid.clone().into())])
        );
        for d in &c.differences {
            let field = l10n.tr(&format!("bundle-field-{}", d.field), &[]);
            println!(
                "  {}",
                l10n.tr(
                    "bundle-cli-difference",
                    &[
                        ("field", field.into()),
                        ("ours", d.ours.clone().into()),
                        ("theirs", d.theirs.clone().into())
                    ]
                )
            );
        }
    }
}

const PASSPHRASE_ENV: &str = "RESPOND_PASSPHRASE";
const NEW_PASSPHRASE_ENV: &str = "RESPOND_NEW_PASSPHRASE";

fn ask(l10n: &Localizer, prompt: &str) -> respond::Result<String> {
    Ok(rpassword::prompt_password(format!("{} ", l10n.tr(prompt, &[])))?)
}

/// A new passphrase: from `RESPOND_NEW_PASSPHRASE`, or typed twice on the terminal.
fn new_passphrase(l10n: &Localizer) -> respond::Result<String> {
    let (phrase, again) = match std::env::var(NEW_PASSPHRASE_ENV) {
        Ok(phrase) if !phrase.is_empty() => (phrase.clone(), phrase),
        _ => {
            eprintln!("{}", l10n.tr("data-passphrase-warning", &[]));
            (ask(l10n, "data-cli-new-passphrase")?, ask(l10n, "data-cli-confirm-passphrase")?)
        }
    };
    passphrase::check_new(&phrase, &again)?;
    Ok(phrase)
}

fn data_command(command: Cmd, l10n: &Localizer) -> respond::Result<ExitCode> {
    match command {
        Cmd::Backup => {
            let store = open_store(l10n)?;
            let made =
                backup::back_up(&store, backup::MANUAL, vault::keep(&store)?, &cli_job(l10n))?;
            println!("{}", store.backup_dir().join(made.name).display());
        }
        Cmd::Restore { file, yes } => {
            let dir = store::data_dir()?;
            let phrase = match std::env::var(PASSPHRASE_ENV) {
                Ok(phrase) if !phrase.is_empty() => phrase,
                _ => ask(l10n, "data-cli-backup-passphrase")?,
            };
            let preview = backup::preview(&file, &phrase)?;
            let args = [
                ("date", preview.made_at.clone().into()),
                ("version", preview.schema_version.into()),
                ("sessions", preview.sessions.into()),
                ("participants", preview.participants.into()),
                ("attempts", preview.attempts.into()),
                ("newest", preview.newest_session.clone().unwrap_or_else(|| "-".into()).into()),
            ];
            println!("{}", l10n.tr("data-cli-preview", &args));
            if !yes && !confirmed(l10n)? {
                return Ok(ExitCode::FAILURE);
            }
            let vault = Vault::new(dir);
            vault.restore(&file, &phrase, &cli_job(l10n))?;
            let path = vault.with_store(|store| Ok(store.path().display().to_string()))?;
            println!("{}", l10n.tr("data-cli-restored", &[("path", path.into())]));
        }
        Cmd::EraseNames { session } => {
            let erased = names::erase_session(&open_store(l10n)?, session)?;
            println!("{}", l10n.tr("data-cli-erased", &[("count", erased.into())]));
        }
        Cmd::Audit { verify, export } => {
            let store = open_store(l10n)?;
            if let Some(path) = export {
                let count = audit::export_csv(store.conn(), &path)?;
                println!(
                    "{}",
                    l10n.tr(
                        "data-cli-audit-exported",
                        &[("count", count.into()), ("path", path.display().to_string().into())]
                    )
                );
            }
            if verify {
                let log = backup::audit_log(&store, 0)?;
                if let Some(hash) = &log.head {
                    let tail = &hash[hash.len().saturating_sub(12)..];
                    let args = [("count", log.total.into()), ("hash", tail.into())];
                    println!("{}", l10n.tr("data-audit-anchor", &args));
                }
                return Ok(match (log.broken_at, log.cut) {
                    (None, None) => {
                        println!("{}", l10n.tr("data-audit-intact", &[]));
                        ExitCode::SUCCESS
                    }
                    (Some(id), _) => {
                        println!("{}", l10n.tr("data-audit-broken", &[("id", id.into())]));
                        ExitCode::FAILURE
                    }
                    (None, Some(cut)) => {
                        let args = [("id", cut.id.into()), ("date", cut.backup_made_at.into())];
                        println!("{}", l10n.tr("data-audit-cut", &args));
                        ExitCode::FAILURE
                    }
                });
            }
            for e in audit::list(store.conn(), i64::MAX)?.entries.iter().rev() {
                let id = e.object_id.map(|i| i.to_string()).unwrap_or_default();
                println!("{}\t{}\t{}\t{}\t{}", e.at, e.action, e.object, id, e.detail);
            }
        }
        Cmd::Passphrase => {
            let dir = store::data_dir()?;
            let current = match std::env::var(PASSPHRASE_ENV) {
                Ok(phrase) if !phrase.is_empty() => phrase,
                _ => ask(l10n, "data-cli-passphrase")?,
            };
            let new = new_passphrase(l10n)?;
            // Through the vault, as in the app: the backups are re-keyed too.
            let vault = Vault::new(dir);
            vault.unlock(&current)?;
            vault.change_passphrase(&current, &new, &new)?;
            println!("{}", l10n.tr("data-passphrase-changed", &[]));
        }
        _ => unreachable!("only the data commands are passed here"),
    }
    Ok(ExitCode::SUCCESS)
}

fn confirmed(l10n: &Localizer) -> respond::Result<bool> {
    eprint!("{} ", l10n.tr("data-cli-confirm-restore", &[]));
    let mut answer = String::new();
    std::io::stdin().read_line(&mut answer)?;
    Ok(matches!(
        answer.trim().to_lowercase().as_str(),
        "y" | "yes" | "o" | "oui" | "j" | "ja" | "s" | "sim"
    ))
}

/// A refused certificate, in the reader's words, and a failure exit; other errors as they are.
fn refused(err: respond::Error, l10n: &Localizer) -> respond::Result<ExitCode> {
    match certificates::explain(&err, l10n) {
        Some(text) => {
            eprintln!("{text}");
            Ok(ExitCode::FAILURE)
        }
        None => Err(err),
    }
}
