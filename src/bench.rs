//! Benchmarks measured side by side with a reference in the same run, reported as ratios:
//! this machine is shared and noisy, so only ratios mean anything.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::{Error, Result};

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

/// Time from process start to first interactive paint of `app` and of `reference`, run in
/// turns so that both see the same machine load. One warm-up run each is not counted.
pub fn startup(app: &Path, reference: &Path, runs: usize) -> Result<(Sample, Sample)> {
    if std::env::var_os("DISPLAY").is_none() && std::env::var_os("WAYLAND_DISPLAY").is_none() {
        return Err(Error::Bench("no display: run it under xvfb-run, e.g. `xvfb-run -a respond bench startup`".into()));
    }
    for bin in [app, reference] {
        if !bin.exists() {
            return Err(Error::Bench(format!("{} does not exist: build it first (scripts/build.sh)", bin.display())));
        }
    }
    let base = std::env::temp_dir().join(format!("respond-bench-{}", std::process::id()));
    let dirs = [base.join("app"), base.join("reference")];
    let mut samples = [
        Sample { name: "Respond".into(), times: vec![] },
        Sample { name: "Tauri hello-world".into(), times: vec![] },
    ];
    let result = (|| -> Result<()> {
        for round in 0..=runs {
            for (i, bin) in [app, reference].into_iter().enumerate() {
                let t = time_to_ready(bin, &dirs[i])?;
                if round > 0 {
                    samples[i].times.push(t);
                }
            }
        }
        Ok(())
    })();
    let _ = std::fs::remove_dir_all(&base);
    result?;
    let [app, reference] = samples;
    Ok((app, reference))
}

fn time_to_ready(bin: &Path, data_dir: &PathBuf) -> Result<Duration> {
    std::fs::create_dir_all(data_dir)?;
    let start = Instant::now();
    let mut child = Command::new(bin)
        .env(READY_ENV, "1")
        .env(crate::store::DATA_DIR_ENV, data_dir)
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
    let _ = child.kill();
    let _ = child.wait();
    match ready {
        Ok(at) => Ok(at - start),
        Err(_) => Err(Error::Bench(format!("{} did not report its first paint within {} s", bin.display(), READY_TIMEOUT.as_secs()))),
    }
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
        std::fs::write(&script, format!("#!/bin/sh\nsleep 0.2\necho {READY_LINE}\nsleep 30\n")).unwrap();
        std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
        let t = time_to_ready(&script, &dir.path().join("data")).unwrap();
        assert!(t >= Duration::from_millis(200) && t < Duration::from_secs(20), "{t:?}");
    }
}
