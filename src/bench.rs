//! Benchmarks measured side by side with a reference in the same run, reported as ratios:
//! this machine is shared and noisy, so only ratios mean anything.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::content::{Audience, Library};
use crate::i18n::{Language, Localizer};
use crate::jobs::Job;
use crate::pdf::Paper;
use crate::sessions::roster::{self, ParticipantInput};
use crate::sessions::{self, SessionInput};
use crate::{print::certificates, Error, Result, Store};

/// A program that sees this variable prints [`READY_LINE`] on stdout at its first
/// interactive paint: the UI has drawn and handles input.
pub const READY_ENV: &str = "RESPOND_BENCH_READY";
pub const READY_LINE: &str = "respond-ready";

/// Called by a program at its first interactive paint: prints [`READY_LINE`] when benchmarked.
pub fn report_ready() {
    if std::env::var_os(READY_ENV).is_some() {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "{READY_LINE}");
        let _ = out.flush();
    }
}

const READY_TIMEOUT: Duration = Duration::from_secs(120);

/// The build this program is: a benchmark of a debug build says little of what trainers run.
pub const BUILD: &str = if cfg!(debug_assertions) { "debug" } else { "release" };

/// One benchmark's figures as `scripts/bench.sh` gathers them into `target/bench/`.
#[derive(Debug, Serialize)]
pub struct Record {
    pub bench: &'static str,
    pub build: &'static str,
    /// What was measured, in a few words ("10000 participants, 3 runs").
    pub setup: String,
    pub samples: Vec<SampleRecord>,
    pub checks: Vec<Check>,
}

impl Record {
    pub fn new(bench: &'static str, setup: String) -> Record {
        Record { bench, build: BUILD, setup, samples: vec![], checks: vec![] }
    }

    pub fn sample(&mut self, sample: &Sample) {
        let ms = |t: &Duration| t.as_secs_f64() * 1000.0;
        self.samples.push(SampleRecord {
            name: sample.name.clone(),
            median_ms: ms(&sample.median()),
            runs_ms: sample.times.iter().map(ms).collect(),
        });
    }

    /// `measured / reference` of the samples' medians, held against `target`.
    pub fn ratio(&mut self, name: &str, measured: &Sample, reference: &Sample, target: Target) {
        let value = measured.median().as_secs_f64() / reference.median().as_secs_f64();
        self.check(name, value, Unit::Ratio, target);
    }

    pub fn check(&mut self, name: &str, value: f64, unit: Unit, target: Target) {
        self.checks.push(Check { name: name.into(), value, unit, target, met: target.met(value) });
    }
}

#[derive(Debug, Serialize)]
pub struct SampleRecord {
    pub name: String,
    pub median_ms: f64,
    pub runs_ms: Vec<f64>,
}

/// A figure and the bound the issue tracker set for it.
#[derive(Debug, Serialize)]
pub struct Check {
    pub name: String,
    pub value: f64,
    pub unit: Unit,
    pub target: Target,
    pub met: bool,
}

#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    Ratio,
    Mb,
    PerSecond,
}

#[derive(Debug, Clone, Copy, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Target {
    AtMost(f64),
    AtLeast(f64),
    /// Reported, with no bound.
    None,
}

impl Target {
    pub fn met(self, value: f64) -> bool {
        match self {
            Target::AtMost(bound) => value <= bound,
            Target::AtLeast(bound) => value >= bound,
            Target::None => true,
        }
    }
}

/// Memory as Linux reports it; `None` elsewhere.
pub mod memory {
    /// The proportional set size of `pid` and every process below it, in MB: shared pages
    /// are split between the processes sharing them, so the tree's total counts them once.
    pub fn tree_pss_mb(pid: u32) -> Option<f64> {
        let mut tree = vec![pid];
        let mut i = 0;
        let all = processes();
        while i < tree.len() {
            let parent = tree[i];
            tree.extend(all.iter().filter(|(_, ppid)| *ppid == parent).map(|(p, _)| *p));
            i += 1;
        }
        let kb: u64 =
            tree.iter().filter_map(|p| field_kb(&format!("/proc/{p}/smaps_rollup"), "Pss:")).sum();
        (kb > 0).then(|| kb as f64 / 1024.0)
    }

    /// Every process as `(pid, parent pid)`.
    fn processes() -> Vec<(u32, u32)> {
        let Ok(dir) = std::fs::read_dir("/proc") else { return vec![] };
        dir.filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
            .filter_map(|pid| {
                let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
                // The command name, in parentheses, may hold spaces: fields follow the last ')'.
                let ppid = stat.rsplit_once(')')?.1.split_whitespace().nth(1)?.parse().ok()?;
                Some((pid, ppid))
            })
            .collect()
    }

    fn field_kb(path: &str, field: &str) -> Option<u64> {
        std::fs::read_to_string(path)
            .ok()?
            .lines()
            .find_map(|l| l.strip_prefix(field))?
            .split_whitespace()
            .next()?
            .parse()
            .ok()
    }

    /// Starts a new peak for [`peak_mb`] (Linux 4.0 and later).
    pub fn reset_peak() {
        let _ = std::fs::write("/proc/self/clear_refs", "5");
    }

    /// This process's peak resident memory since the last [`reset_peak`], in MB.
    pub fn peak_mb() -> Option<f64> {
        field_kb("/proc/self/status", "VmHWM:").map(|kb| kb as f64 / 1024.0)
    }
}

#[derive(Debug, Clone)]
pub struct Sample {
    pub name: String,
    pub times: Vec<Duration>,
}

impl Sample {
    pub fn median(&self) -> Duration {
        let mut sorted = self.times.clone();
        sorted.sort();
        let n = sorted.len();
        if n % 2 == 1 {
            sorted[n / 2]
        } else {
            (sorted[n / 2 - 1] + sorted[n / 2]) / 2
        }
    }
}

/// What the start-up benchmark measured.
pub struct StartupTimes {
    pub app: Sample,
    pub reference: Sample,
    /// Each program's idle memory (the whole process tree, MB) once it has settled.
    pub app_mb: Option<f64>,
    pub reference_mb: Option<f64>,
}

/// How long a program is left idle after its first paint before its memory is read.
const SETTLE: Duration = Duration::from_secs(3);

/// Time from process start to first interactive paint of `app` and of `reference`, run in
/// turns so that both see the same machine load, and their idle memory in the last round.
/// One warm-up run each is not counted.
pub fn startup(app: &Path, reference: &Path, runs: usize) -> Result<StartupTimes> {
    if std::env::var_os("DISPLAY").is_none() && std::env::var_os("WAYLAND_DISPLAY").is_none() {
        return Err(Error::Bench(
            "no display: run it under xvfb-run, e.g. `xvfb-run -a respond bench startup`".into(),
        ));
    }
    for bin in [app, reference] {
        if !bin.exists() {
            return Err(Error::Bench(format!(
                "{} does not exist: build it first (scripts/build.sh)",
                bin.display()
            )));
        }
    }
    let base = std::env::temp_dir().join(format!("respond-bench-{}", std::process::id()));
    let dirs = [base.join("app"), base.join("reference")];
    let mut samples = [
        Sample { name: "Respond".into(), times: vec![] },
        Sample { name: "Tauri hello-world".into(), times: vec![] },
    ];
    let mut memory = [None, None];
    let result = (|| -> Result<()> {
        for round in 0..=runs {
            for (i, bin) in [app, reference].into_iter().enumerate() {
                let (t, mb) = time_to_ready(bin, &dirs[i], round == runs)?;
                if round > 0 {
                    samples[i].times.push(t);
                }
                if mb.is_some() {
                    memory[i] = mb;
                }
            }
        }
        Ok(())
    })();
    let _ = std::fs::remove_dir_all(&base);
    result?;
    let [app, reference] = samples;
    Ok(StartupTimes { app, reference, app_mb: memory[0], reference_mb: memory[1] })
}

/// The time to `bin`'s first paint and, with `memory`, its process tree's memory once idle.
fn time_to_ready(bin: &Path, data_dir: &PathBuf, memory: bool) -> Result<(Duration, Option<f64>)> {
    std::fs::create_dir_all(data_dir)?;
    let start = Instant::now();
    let mut child = Command::new(bin)
        .env(READY_ENV, "1")
        .env(crate::data::store::DATA_DIR_ENV, data_dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let stdout = child.stdout.take().expect("stdout is piped");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(|l| l.ok()) {
            if line.trim() == READY_LINE {
                let _ = tx.send(Instant::now());
                return;
            }
        }
    });
    let ready = rx.recv_timeout(READY_TIMEOUT);
    let mb = match (&ready, memory) {
        (Ok(_), true) => {
            std::thread::sleep(SETTLE);
            memory::tree_pss_mb(child.id())
        }
        _ => None,
    };
    let _ = child.kill();
    let _ = child.wait();
    match ready {
        Ok(at) => Ok((at - start, mb)),
        Err(_) => Err(Error::Bench(format!(
            "{} did not report its first paint within {} s",
            bin.display(),
            READY_TIMEOUT.as_secs()
        ))),
    }
}

/// How many certificates the PDF benchmark prints in one batch.
pub const CERTIFICATES: usize = 30;

/// The PDF benchmark's times; `libreoffice` is `None` when `soffice` is not installed.
pub struct PdfTimes {
    pub certificates: Sample,
    pub handouts: Sample,
    pub handout_count: usize,
    pub libreoffice: Option<Sample>,
}

/// Times, side by side in turns, Respond printing [`CERTIFICATES`] certificates in one PDF
/// and every handout in every language, and LibreOffice converting as many ODT
/// certificates to PDF (a trainer's usual mail-merge route) if `soffice` is on the PATH.
/// One warm-up round is not counted.
pub fn pdf(runs: usize) -> Result<PdfTimes> {
    let base = std::env::temp_dir().join(format!("respond-bench-pdf-{}", std::process::id()));
    let result = pdf_in(&base, runs);
    let _ = std::fs::remove_dir_all(&base);
    result
}

fn pdf_in(base: &Path, runs: usize) -> Result<PdfTimes> {
    let library = Library::embedded();
    let store = Store::open(&base.join("data"), "benchmark data, thrown away")?;
    let session = demo_session(&store, &library)?;
    let soffice = std::env::var_os("PATH").and_then(|path| {
        std::env::split_paths(&path).map(|dir| dir.join("soffice")).find(|bin| bin.is_file())
    });
    let mut times = PdfTimes {
        certificates: Sample { name: "certificates".into(), times: vec![] },
        handouts: Sample { name: "handouts".into(), times: vec![] },
        handout_count: Language::ALL.len() * Audience::ALL.len(),
        libreoffice: soffice.as_ref().map(|_| Sample { name: "libreoffice".into(), times: vec![] }),
    };
    let mut odt_files = vec![];
    for round in 0..=runs {
        let certificates = timed(|| {
            certificates::certificates_pdf(&store, &library, session, None, None, Paper::A4)
                .map(drop)
        })?;
        let handouts = timed(|| {
            for lang in Language::ALL {
                let site = library.site_values(Some("FR"), &[], lang);
                for audience in Audience::ALL {
                    crate::print::handout::handout(&library, audience, lang, Paper::A4, &site)?;
                }
            }
            Ok(())
        })?;
        let libreoffice = match &soffice {
            Some(bin) => {
                // Written after the first certificates, so that they carry the same serials.
                if odt_files.is_empty() {
                    odt_files =
                        write_odt_certificates(&base.join("odt"), &store, &library, session)?;
                }
                let _ = std::fs::remove_dir_all(base.join("odt-pdf"));
                Some(timed(|| convert_with_libreoffice(bin, base, &odt_files))?)
            }
            None => None,
        };
        if round > 0 {
            times.certificates.times.push(certificates);
            times.handouts.times.push(handouts);
            if let (Some(sample), Some(t)) = (&mut times.libreoffice, libreoffice) {
                sample.times.push(t);
            }
        }
    }
    Ok(times)
}

fn timed(work: impl FnOnce() -> Result<()>) -> Result<Duration> {
    let start = Instant::now();
    work()?;
    Ok(start.elapsed())
}

/// A session of [`CERTIFICATES`] named participants in the five languages.
fn demo_session(store: &Store, library: &Library) -> Result<i64> {
    let input = SessionInput {
        date: "2026-11-20".into(),
        site_name: "Centre pénitentiaire de Fresnes".into(),
        country: Some("FR".into()),
        trainers: "Équipe santé, Inês Gonçalves".into(),
        audience: Audience::Custody,
        language: Language::Fr,
        quiz_id: "core".into(),
        modules: ["overdose-basics", "naloxone-naltrexone", "responding", "rescue-breathing"]
            .map(String::from)
            .to_vec(),
    };
    let session = sessions::create(store, library, &input)?;
    const FIRST: [&str; 10] =
        ["Zoë", "José", "Anaïs", "Jürgen", "Inês", "Łukasz", "Maëlle", "Søren", "Çağla", "Noël"];
    const LAST: [&str; 7] =
        ["Ñúñez-Çelik", "Gonçalves", "van den Berg", "Müller", "Lefèvre", "Sørensen", "Nováková"];
    for i in 0..CERTIFICATES {
        let name = format!("{} {}", FIRST[i % FIRST.len()], LAST[i % LAST.len()]);
        let person = ParticipantInput {
            name: Some(name),
            language: Language::ALL[i % Language::ALL.len()],
            consent_followup: false,
            release_date: None,
            sgic: None,
        };
        roster::add(store, session.id, &person)?;
    }
    Ok(session.id)
}

/// Each participant's certificate as a flat ODT file (XML, which soffice reads directly),
/// with the same words as Respond's certificate but no QR code.
fn write_odt_certificates(
    dir: &Path,
    store: &Store,
    library: &Library,
    session: i64,
) -> Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let info = sessions::get(store, session)?;
    let mut files = vec![];
    for person in roster::list(store, session)? {
        let l10n = Localizer::new(person.language);
        let tr = |id: &str| l10n.tr(id, &[]);
        let serial: String = store.conn().query_row(
            "SELECT serial FROM certificates WHERE participant_id = ?1",
            [person.id],
            |r| r.get(0),
        )?;
        let mut paragraphs = vec![
            ("Title", tr("certificates-title")),
            ("Centre", tr("certificates-subtitle")),
            ("Centre", tr("certificates-certifies")),
            ("Name", person.name.clone().unwrap_or_default()),
            ("Centre", tr("certificates-completed")),
        ];
        for id in &info.modules {
            paragraphs.push((
                "Centre",
                library
                    .module(id)
                    .and_then(|m| m.text(person.language))
                    .map(|t| t.title.clone())
                    .unwrap_or_default(),
            ));
        }
        paragraphs.extend([
            ("Small", format!("{}: {}", tr("certificates-date-label"), info.date)),
            ("Small", format!("{}: {}", tr("certificates-site-label"), info.site.name)),
            ("Small", format!("{}: {}", tr("certificates-trainers-label"), info.trainers)),
            ("Small", format!("{}: {serial}", tr("certificates-serial"))),
        ]);
        let body: String = paragraphs
            .iter()
            .map(|(style, text)| {
                format!("<text:p text:style-name=\"{style}\">{}</text:p>\n", xml_escape(text))
            })
            .collect();
        let path = dir.join(format!("{}.fodt", person.code));
        std::fs::write(&path, FODT.replace("{body}", &body))?;
        files.push(path);
    }
    Ok(files)
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A one-page A4 certificate in flat ODT; `{body}` takes its paragraphs.
const FODT: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:style style:name="Centre" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.3cm"/><style:text-properties fo:font-size="13pt" fo:font-family="Noto Sans"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Centre"><style:paragraph-properties fo:margin-top="2cm"/><style:text-properties fo:font-size="28pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Name" style:family="paragraph" style:parent-style-name="Centre"><style:paragraph-properties fo:margin-top="1.5cm" fo:margin-bottom="1cm"/><style:text-properties fo:font-size="32pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Small" style:family="paragraph" style:parent-style-name="Centre"><style:text-properties fo:font-size="10pt"/></style:style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin="2.5cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"/></office:master-styles>
<office:body><office:text>
{body}</office:text></office:body>
</office:document>
"#;

/// One `soffice` run converting every file, with a profile of its own so that a
/// LibreOffice the user has open is neither used nor disturbed.
fn convert_with_libreoffice(soffice: &Path, base: &Path, files: &[PathBuf]) -> Result<()> {
    let out = base.join("odt-pdf");
    let profile = format!("file://{}", base.join("lo-profile").display());
    let status = Command::new(soffice)
        .args([
            "--headless",
            "--norestore",
            &format!("-env:UserInstallation={profile}"),
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(&out)
        .args(files)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()?;
    let made = files
        .iter()
        .filter(|f| {
            f.file_stem().is_some_and(|stem| out.join(stem).with_extension("pdf").is_file())
        })
        .count();
    if !status.success() || made != files.len() {
        return Err(Error::Bench(format!(
            "soffice made {made} of {} PDFs ({status})",
            files.len()
        )));
    }
    Ok(())
}

/// Times of the Results page's query and of the long CSV export over a demo database, and
/// of sqlite3's own CSV export of the same rows (when sqlite3 is installed).
pub struct ResultsTimes {
    pub participants: usize,
    pub rows: usize,
    pub evaluate: Sample,
    pub export: Sample,
    pub sqlite: Option<Sample>,
    /// This process's peak memory while working out the Results page, and while exporting
    /// (MB, Linux only).
    pub evaluate_mb: Option<f64>,
    pub export_mb: Option<f64>,
}

/// Fills a demo database with `participants` people (pre, post and some follow-ups) and
/// times, in turns, the Results page's figures over all of it, the long CSV export, and
/// `sqlite3 -csv` printing the same rows to a file from a plain copy of the database (so
/// Respond's side also pays for decryption). One warm-up round is not counted.
pub fn results(participants: usize, runs: usize) -> Result<ResultsTimes> {
    let base = std::env::temp_dir().join(format!("respond-bench-results-{}", std::process::id()));
    let result = results_in(&base, participants, runs);
    let _ = std::fs::remove_dir_all(&base);
    result
}

fn results_in(base: &Path, participants: usize, runs: usize) -> Result<ResultsTimes> {
    use crate::results::evaluation::{evaluate, Scope};
    use crate::results::export::{self, ExportOptions, Format};
    let library = Library::embedded();
    let store = Store::open(&base.join("data"), "benchmark data, thrown away")?;
    let summary =
        crate::results::demo::fill(&store, &library, participants, Language::En, 1, &Job::quiet())?;
    // sqlite3 cannot read an encrypted database: it gets a plain copy of the same rows.
    let plain = base.join("plain.db");
    store.conn().execute("ATTACH DATABASE ?1 AS plain KEY ''", [plain.display().to_string()])?;
    store.conn().query_row("SELECT sqlcipher_export('plain')", [], |_| Ok(()))?;
    store.conn().execute("DETACH DATABASE plain", [])?;
    let sqlite3 = std::env::var_os("PATH").and_then(|path| {
        std::env::split_paths(&path).map(|dir| dir.join("sqlite3")).find(|bin| bin.is_file())
    });
    let mut times = ResultsTimes {
        participants: summary.participants,
        rows: summary.answers,
        evaluate: Sample { name: "results".into(), times: vec![] },
        export: Sample { name: "long-csv".into(), times: vec![] },
        sqlite: sqlite3.as_ref().map(|_| Sample { name: "sqlite3".into(), times: vec![] }),
        evaluate_mb: None,
        export_mb: None,
    };
    let out = base.join("long.csv");
    let options = ExportOptions {
        format: Format::LongCsv,
        bom: false,
        decimal_comma: false,
        lang: Language::En,
    };
    let query = format!("{} ORDER BY s.id, p.id, a.phase, x.item_id;", export::LONG_SQL);
    for round in 0..=runs {
        memory::reset_peak();
        let evaluated = timed(|| evaluate(&store, &library, &Scope::All, Language::En).map(drop))?;
        let evaluate_mb = memory::peak_mb();
        memory::reset_peak();
        let exported = timed(|| {
            let mut file = std::io::BufWriter::new(std::fs::File::create(&out)?);
            export::write(&store, &library, &Scope::All, &options, &mut file, &Job::quiet())?;
            Ok(std::io::Write::flush(&mut file)?)
        })?;
        let export_mb = memory::peak_mb();
        let by_sqlite = match &sqlite3 {
            Some(bin) => Some(timed(|| {
                let status = Command::new(bin)
                    .args(["-readonly", "-csv", "-header"])
                    .arg(&plain)
                    .arg(&query)
                    .stdout(std::fs::File::create(base.join("sqlite3.csv"))?)
                    .status()?;
                if status.success() {
                    Ok(())
                } else {
                    Err(Error::Bench(format!("sqlite3 exited with {status}")))
                }
            })?),
            None => None,
        };
        if round > 0 {
            times.evaluate_mb = higher(times.evaluate_mb, evaluate_mb);
            times.export_mb = higher(times.export_mb, export_mb);
            times.evaluate.times.push(evaluated);
            times.export.times.push(exported);
            if let (Some(sample), Some(t)) = (times.sqlite.as_mut(), by_sqlite) {
                sample.times.push(t);
            }
        }
    }
    Ok(times)
}

fn higher(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}

/// The times of a bundle's export and of its import into an empty laptop.
pub struct BundleTimes {
    pub participants: usize,
    pub export: Sample,
    pub import: Sample,
}

/// Fills a demo database with `participants` people, then times, in turns, making a bundle
/// of all of it and importing that bundle into a fresh, empty database (a new one each
/// round, so that every import writes everything). One warm-up round is not counted.
pub fn bundle(participants: usize, runs: usize) -> Result<BundleTimes> {
    let base = std::env::temp_dir().join(format!("respond-bench-bundle-{}", std::process::id()));
    let result = bundle_in(&base, participants, runs);
    let _ = std::fs::remove_dir_all(&base);
    result
}

fn bundle_in(base: &Path, participants: usize, runs: usize) -> Result<BundleTimes> {
    use crate::bundle::{self, merge, Selection};
    const PASS: &str = "benchmark bundle passphrase";
    let library = Library::embedded();
    let store = Store::open(&base.join("a"), "benchmark data, thrown away")?;
    let summary =
        crate::results::demo::fill(&store, &library, participants, Language::En, 1, &Job::quiet())?;
    let mut times = BundleTimes {
        participants: summary.participants,
        export: Sample { name: "bundle-export".into(), times: vec![] },
        import: Sample { name: "bundle-import".into(), times: vec![] },
    };
    for round in 0..=runs {
        let mut bytes = vec![];
        let exported = timed(|| {
            bytes = bundle::export(&store, &Selection::default(), PASS)?.0;
            Ok(())
        })?;
        let target = Store::open(&base.join(format!("b{round}")), "benchmark data, thrown away")?;
        let options = merge::ImportOptions { trust: true, ..Default::default() };
        let imported =
            timed(|| merge::import(&target, &bytes, PASS, options, &Job::quiet()).map(drop))?;
        if round > 0 {
            times.export.times.push(exported);
            times.import.times.push(imported);
        }
    }
    Ok(times)
}

/// What reading a pile of scanned sheets measured.
pub struct ScanTimes {
    pub pages: usize,
    pub dpi: u32,
    pub accuracy: crate::scan::corpus::Accuracy,
    pub read: Sample,
    /// The keys a trainer types for the same answers in the entry grid.
    pub keys: usize,
}

impl ScanTimes {
    /// Typing the same answers at two keys a second.
    pub fn typing(&self) -> Duration {
        Duration::from_secs_f64(self.keys as f64 / 2.0)
    }
}

/// Prints, marks and captures (half on a scanner, half by a phone) the post-test sheets of
/// two sessions of people in the five languages, about `pages` pages at `dpi`; then times
/// reading them all, in `runs` rounds after one not counted.
pub fn scan(pages: usize, dpi: u32, runs: usize) -> Result<ScanTimes> {
    use crate::quiz::attempts::Phase;
    use crate::scan::corpus::{self, Capture};
    let dir = tempfile::tempdir()?;
    let store = Store::open(dir.path(), "benchmark data, thrown away")?;
    let library = Library::embedded();
    let per_person = crate::print::sheets::layout(
        &store,
        &library,
        demo_session(&store, &library)?,
        Phase::Post,
        Paper::A4,
        None,
    )?
    .len();
    let people = pages.div_ceil(per_person).max(2);
    let mut batches = vec![];
    for (n, how) in [Capture::Scanner, Capture::Phone].into_iter().enumerate() {
        let session = sessions::create(&store, &library, &bench_session_input())?.id;
        for i in 0..people / 2 + n * (people % 2) {
            let language = Language::ALL[i % Language::ALL.len()];
            let input = ParticipantInput {
                name: None,
                language,
                consent_followup: false,
                release_date: None,
                sgic: None,
            };
            roster::add(&store, session, &input)?;
        }
        let (files, truth) =
            corpus::make(&store, &library, session, Phase::Post, dpi, how, n as u64 + 7)?;
        batches.push((session, files, truth));
    }
    let mut times = ScanTimes {
        pages: batches.iter().map(|b| b.1.len()).sum(),
        dpi,
        accuracy: corpus::Accuracy::default(),
        read: Sample { name: "scan".into(), times: vec![] },
        keys: 0,
    };
    for round in 0..=runs {
        let mut results = vec![];
        let took = timed(|| {
            for (session, files, _) in &batches {
                results.push(crate::scan::read(
                    &store,
                    &library,
                    *session,
                    Phase::Post,
                    files,
                    false,
                )?);
            }
            Ok(())
        })?;
        if round == 0 {
            for ((_, _, truth), result) in batches.iter().zip(&results) {
                times.accuracy += corpus::compare(result, truth);
                // A key per question, and one more for each further box of "all that apply".
                times.keys += result
                    .sheets
                    .iter()
                    .flat_map(|s| &s.items)
                    .map(|i| i.chosen.len().max(1))
                    .sum::<usize>();
            }
        } else {
            times.read.times.push(took);
        }
    }
    Ok(times)
}

fn bench_session_input() -> SessionInput {
    SessionInput {
        date: "2026-11-20".into(),
        site_name: "Polizeiakademie Niedersachsen".into(),
        country: Some("DE".into()),
        trainers: "Team".into(),
        audience: Audience::Officers,
        language: Language::De,
        quiz_id: "core".into(),
        modules: vec!["overdose-basics".into()],
    }
}

/// The times of a first push to the pool and of PostgreSQL's own COPY of the same long CSV.
pub struct PoolTimes {
    pub participants: usize,
    pub answers: u64,
    pub push: Sample,
    pub copy: Sample,
}

/// Fills a demo database with `participants` people, then times, in turns, a first push of
/// all of it to the pool at `url` (its `respond` schema dropped before each) and the
/// server's own COPY of the long CSV export of the same data into a table of its columns.
/// One warm-up round is not counted.
pub fn pool(url: &str, participants: usize, runs: usize) -> Result<PoolTimes> {
    let base = std::env::temp_dir().join(format!("respond-bench-pool-{}", std::process::id()));
    let result = pool_in(&base, url, participants, runs);
    let _ = std::fs::remove_dir_all(&base);
    result
}

fn pool_in(base: &Path, url: &str, participants: usize, runs: usize) -> Result<PoolTimes> {
    use crate::results::export::{self, ExportOptions, Format, LONG_COLUMNS};
    use std::io::Write;
    let library = Library::embedded();
    let store = Store::open(base, "benchmark data, thrown away")?;
    let summary =
        crate::results::demo::fill(&store, &library, participants, Language::En, 1, &Job::quiet())?;
    let options = ExportOptions {
        format: Format::LongCsv,
        bom: false,
        decimal_comma: false,
        lang: Language::En,
    };
    let csv = export::to_bytes(
        &store,
        &library,
        &crate::results::evaluation::Scope::All,
        &options,
        &Job::quiet(),
    )?;
    let mut times = PoolTimes {
        participants: summary.participants,
        answers: 0,
        push: Sample { name: "pool-push".into(), times: vec![] },
        copy: Sample { name: "postgresql-copy".into(), times: vec![] },
    };
    let mut client = crate::pool::connect(url)?;
    let columns: Vec<String> = LONG_COLUMNS.iter().map(|c| format!("{c} text")).collect();
    for round in 0..=runs {
        client.batch_execute("DROP SCHEMA IF EXISTS respond CASCADE")?;
        let mut answers = 0;
        let pushed = timed(|| {
            answers = crate::pool::push(&store, &library, url, &mut |_| {}, &Job::quiet())?.answers;
            Ok(())
        })?;
        client.batch_execute(&format!(
            "DROP TABLE IF EXISTS bench_long; CREATE TABLE bench_long ({})",
            columns.join(", ")
        ))?;
        let copied = timed(|| {
            let mut w = client.copy_in("COPY bench_long FROM STDIN (FORMAT csv, HEADER true)")?;
            w.write_all(&csv)?;
            w.finish()?;
            Ok(())
        })?;
        if round > 0 {
            times.answers = answers;
            times.push.times.push(pushed);
            times.copy.times.push(copied);
        }
    }
    client.batch_execute("DROP TABLE IF EXISTS bench_long")?;
    Ok(times)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_odd_and_even_samples() {
        let ms = Duration::from_millis;
        let odd = Sample { name: "a".into(), times: vec![ms(30), ms(10), ms(20)] };
        assert_eq!(odd.median(), ms(20));
        let even = Sample { name: "b".into(), times: vec![ms(40), ms(10), ms(20), ms(30)] };
        assert_eq!(even.median(), ms(25));
    }

    #[cfg(unix)]
    #[test]
    fn time_to_ready_measures_until_the_ready_line() {
        let dir = tempfile::tempdir().unwrap();
        let script = dir.path().join("ready.sh");
        std::fs::write(&script, format!("#!/bin/sh\nsleep 0.2\necho {READY_LINE}\nsleep 30\n"))
            .unwrap();
        std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755))
            .unwrap();
        let (t, _) = time_to_ready(&script, &dir.path().join("data"), false).unwrap();
        assert!(t >= Duration::from_millis(200) && t < Duration::from_secs(20), "{t:?}");
    }
}
