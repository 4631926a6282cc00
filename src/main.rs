//! `respond`: the command line over Respond's core, for batch work and checks.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use respond::content::{Audience, Files, Library};
use respond::i18n::{Language, Localizer};
use respond::pdf::{self, Paper};
use respond::{bench, certificates, settings, store, validate, Store};

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
    },
    /// Print a handout, the release card or certificates to a PDF file, in the language of --lang.
    Print {
        #[command(subcommand)]
        what: PrintCmd,
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
        Err(err) => {
            eprintln!("{}", l10n.tr("cli-error", &[("error", err.to_string().into())]));
            ExitCode::FAILURE
        }
    }
}

/// `cli_lang` is --lang as given: certificates without it are in each person's language.
fn run(command: Cmd, cli_lang: Option<Language>, l10n: &Localizer) -> respond::Result<ExitCode> {
    match command {
        Cmd::Validate { root } => {
            let mut problems = validate::check_locales(&root.join("locales"));
            let content = Files::from_dir(&root.join("content"))?;
            let library = Library::load(&content);
            problems.extend_from_slice(library.problems());
            for problem in &problems {
                println!("{}", problem.render(l10n));
            }
            for line in library.bank().summary(l10n) {
                println!("{line}");
            }
            println!("{}", l10n.tr("cli-validate-summary", &[("count", problems.len().into())]));
            Ok(if problems.is_empty() { ExitCode::SUCCESS } else { ExitCode::FAILURE })
        }
        Cmd::Info => {
            let dir = store::data_dir()?;
            let store = Store::open(&dir)?;
            let settings = settings::load(&store, Language::from_os())?;
            println!("{}", l10n.tr("cli-info-data-dir", &[("path", dir.display().to_string().into())]));
            println!("{}", l10n.tr("cli-info-database", &[("path", store.path().display().to_string().into())]));
            println!("{}", l10n.tr("cli-info-schema", &[("version", store.schema_version()?.into())]));
            println!("{}", l10n.tr("cli-info-language", &[("language", settings.language.native_name().into())]));
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Bench { what: BenchCmd::Startup { app, reference, runs } } => {
            let (app, reference) = bench::startup(&app, &reference, runs.max(1))?;
            for sample in [&app, &reference] {
                let ms: Vec<String> = sample.times.iter().map(|t| t.as_millis().to_string()).collect();
                println!(
                    "{}",
                    l10n.tr("cli-bench-startup-line", &[
                        ("name", sample.name.clone().into()),
                        ("median", (sample.median().as_millis() as u64).into()),
                        ("runs", ms.join(" ").into()),
                    ])
                );
            }
            let ratio = app.median().as_secs_f64() / reference.median().as_secs_f64();
            println!("{}", l10n.tr("cli-bench-startup-ratio", &[("ratio", format!("{ratio:.2}").into())]));
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Bench { what: BenchCmd::Pdf { runs } } => {
            let times = bench::pdf(runs.max(1))?;
            let count = bench::CERTIFICATES;
            let show = |label: &str, count: usize, sample: &bench::Sample| {
                let ms: Vec<String> = sample.times.iter().map(|t| t.as_millis().to_string()).collect();
                let name = l10n.tr(label, &[("count", count.into())]);
                println!(
                    "{}",
                    l10n.tr("certificates-bench-line", &[("name", name.into()), ("median", (sample.median().as_millis() as u64).into()), ("runs", ms.join(" ").into())])
                );
            };
            show("certificates-bench-certificates", count, &times.certificates);
            show("certificates-bench-handouts", times.handout_count, &times.handouts);
            match &times.libreoffice {
                Some(libreoffice) => {
                    show("certificates-bench-libreoffice", count, libreoffice);
                    let ratio = libreoffice.median().as_secs_f64() / times.certificates.median().as_secs_f64();
                    println!("{}", l10n.tr("certificates-bench-ratio", &[("count", count.into()), ("ratio", format!("{ratio:.1}").into())]));
                }
                None => println!("{}", l10n.tr("certificates-bench-no-soffice", &[])),
            }
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Verify { payload, key, show_key } => {
            if show_key {
                let key = certificates::public_key(&Store::open_default()?)?;
                println!("{}", l10n.tr("certificates-public-key", &[("key", key.as_str().into())]));
                println!("{}", l10n.tr("certificates-public-key-fingerprint", &[("fingerprint", certificates::fingerprint(&key)?.into())]));
                return Ok(ExitCode::SUCCESS);
            }
            let payload = payload.unwrap_or_default();
            let checked = match &key {
                Some(key) => certificates::verify_with_key(key, &payload),
                None => certificates::verify(&Store::open_default()?, &payload),
            };
            let cert = match checked {
                Ok(cert) => cert,
                Err(err) => return refused(err, l10n),
            };
            let library = Library::load_default();
            let modules: Vec<String> =
                cert.modules.iter().map(|id| library.module(id).and_then(|m| m.text(l10n.language())).map_or_else(|| id.clone(), |t| t.title.clone())).collect();
            println!("{}", l10n.tr("certificates-verify-valid", &[("serial", cert.serial.into()), ("fingerprint", cert.key.into())]));
            println!("{}", l10n.tr("certificates-verify-name", &[("name", cert.name.into())]));
            println!("{}", l10n.tr("certificates-verify-date", &[("date", cert.date.into())]));
            println!("{}", l10n.tr("certificates-verify-site", &[("site", cert.site.into())]));
            println!("{}", l10n.tr("certificates-verify-modules", &[("modules", modules.join("; ").into())]));
            println!("{}", l10n.tr("certificates-verify-language", &[("language", cert.language.native_name().into())]));
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Print { what } => {
            let library = Library::load_default();
            let lang = l10n.language();
            let site_of = |sheet: &Sheet| library.site_values(sheet.country.as_deref().map(str::to_uppercase).as_deref(), &sheet.services, lang);
            let (bytes, out) = match what {
                PrintCmd::Handout { audience, sheet } => (pdf::handout(&library, audience, lang, sheet.paper, &site_of(&sheet))?, sheet.out),
                PrintCmd::ReleaseCard { sheet } => (pdf::release_card(&library, lang, sheet.paper, &site_of(&sheet))?, sheet.out),
                PrintCmd::Certificates { session, participant, paper, out } => {
                    match certificates::certificates_pdf(&Store::open_default()?, &library, session, participant, cli_lang, paper) {
                        Ok(bytes) => (bytes, out),
                        Err(err) => return refused(err, l10n),
                    }
                }
            };
            std::fs::write(&out, bytes)?;
            println!("{}", l10n.tr("print-cli-written", &[("path", out.display().to_string().into())]));
            Ok(ExitCode::SUCCESS)
        }
    }
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
