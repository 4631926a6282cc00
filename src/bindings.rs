//! The TypeScript types of everything that crosses the IPC boundary, generated with ts-rs
//! into `ui/src/ipc/bindings/`. `cargo test` fails when the committed files drift;
//! `UPDATE_BINDINGS=1 cargo test --test bindings` rewrites them.

use std::path::Path;

use ts_rs::{ExportError, TS};

/// Writes every IPC type (and the types they use) into `dir`.
pub fn export_all(dir: &Path) -> Result<(), ExportError> {
    crate::error::IpcError::export_all_to(dir)?;
    crate::settings::Settings::export_all_to(dir)?;
    crate::data::app::AppInfo::export_all_to(dir)?;
    crate::content::ModuleSummary::export_all_to(dir)?;
    crate::content::ModuleView::export_all_to(dir)?;
    crate::content::Template::export_all_to(dir)?;
    crate::content::Country::export_all_to(dir)?;
    crate::sessions::Session::export_all_to(dir)?;
    crate::sessions::SessionInput::export_all_to(dir)?;
    crate::sessions::roster::ParticipantInput::export_all_to(dir)?;
    crate::quiz::attempts::Reviewed::export_all_to(dir)?;
    crate::quiz::kiosk::KioskState::export_all_to(dir)?;
    crate::quiz::kiosk::Exit::export_all_to(dir)?;
    crate::quiz::attempts::AnswerInput::export_all_to(dir)?;
    crate::quiz::attempts::SessionResults::export_all_to(dir)?;
    crate::quiz::attempts::Distribution::export_all_to(dir)?;
    crate::quiz::attempts::Mode::export_all_to(dir)?;
    crate::quiz::attempts::Entered::export_all_to(dir)?;
    crate::scan::ScanResult::export_all_to(dir)?;
    crate::scan::ConfirmedSheet::export_all_to(dir)?;
    crate::scan::ScanFolder::export_all_to(dir)?;
    crate::content::bank::QuizInfo::export_all_to(dir)?;
    crate::print::PrintRequest::export_all_to(dir)?;
    crate::print::certificates::Verified::export_all_to(dir)?;
    crate::print::certificates::Skipped::export_all_to(dir)?;
    crate::followup::SiteFollowup::export_all_to(dir)?;
    crate::followup::Candidate::export_all_to(dir)?;
    crate::followup::Method::export_all_to(dir)?;
    crate::followup::MatchRate::export_all_to(dir)?;
    crate::settings::FollowupWindow::export_all_to(dir)?;
    crate::sessions::codes::SgicParts::export_all_to(dir)?;
    crate::results::view::ResultsView::export_all_to(dir)?;
    crate::results::items::ItemAnalysis::export_all_to(dir)?;
    crate::content::roleplay::ChecklistView::export_all_to(dir)?;
    crate::roleplay::RolePlay::export_all_to(dir)?;
    crate::roleplay::RolePlayInput::export_all_to(dir)?;
    crate::roleplay::Draft::export_all_to(dir)?;
    crate::results::programme::ProgrammeReturn::export_all_to(dir)?;
    crate::pool::PoolSettings::export_all_to(dir)?;
    crate::pool::PoolStatus::export_all_to(dir)?;
    crate::pool::Progress::export_all_to(dir)?;
    crate::jobs::JobProgress::export_all_to(dir)?;
    crate::results::export::ExportOptions::export_all_to(dir)?;
    crate::results::demo::Summary::export_all_to(dir)?;
    crate::data::app::DataStatus::export_all_to(dir)?;
    crate::data::protection::DataSettings::export_all_to(dir)?;
    crate::data::backup::BackupFile::export_all_to(dir)?;
    crate::data::backup::BackupPreview::export_all_to(dir)?;
    crate::data::audit::AuditLog::export_all_to(dir)?;
    crate::data::audit::Cut::export_all_to(dir)?;
    crate::data::audit::Action::export_all_to(dir)?;
    crate::sessions::kits::Kit::export_all_to(dir)?;
    crate::bundle::Selection::export_all_to(dir)?;
    crate::bundle::Identity::export_all_to(dir)?;
    crate::bundle::BundleFile::export_all_to(dir)?;
    crate::bundle::Exported::export_all_to(dir)?;
    crate::bundle::merge::BundlePreview::export_all_to(dir)?;
    crate::bundle::merge::ImportOptions::export_all_to(dir)?;
    crate::sessions::run::Run::export_all_to(dir)?;
    crate::projector::Showing::export_all_to(dir)?;
    crate::projector::Frame::export_all_to(dir)?;
    Ok(())
}
