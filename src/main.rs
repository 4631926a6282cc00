//! `respond`: the command line over Respond's core, for batch work and checks.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use respond::content::{Audience, Files, Library};
use respond::i18n::{Language, Localizer};
use respond::pdf::{self, Paper};
use respond::{bench, settings, store, validate, Store};

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
    /// Print a handout or the release card to a PDF file, in the language of --lang.
    Print {
        #[command(subcommand)]
        what: PrintCmd,
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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let l10n = Localizer::new(cli.lang.unwrap_or_else(Language::from_os));
    match run(cli.command, &l10n) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("{}", l10n.tr("cli-error", &[("error", err.to_string().into())]));
            ExitCode::FAILURE
        }
    }
}

fn run(command: Cmd, l10n: &Localizer) -> respond::Result<ExitCode> {
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
        Cmd::Print { what } => {
            let library = Library::load_default();
            let lang = l10n.language();
            let site_of = |sheet: &Sheet| library.site_values(sheet.country.as_deref().map(str::to_uppercase).as_deref(), &sheet.services, lang);
            let (bytes, out) = match what {
                PrintCmd::Handout { audience, sheet } => (pdf::handout(&library, audience, lang, sheet.paper, &site_of(&sheet))?, sheet.out),
                PrintCmd::ReleaseCard { sheet } => (pdf::release_card(&library, lang, sheet.paper, &site_of(&sheet))?, sheet.out),
            };
            std::fs::write(&out, bytes)?;
            println!("{}", l10n.tr("print-cli-written", &[("path", out.display().to_string().into())]));
            Ok(ExitCode::SUCCESS)
        }
    }
}
