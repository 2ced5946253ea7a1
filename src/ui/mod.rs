//! The views and widgets. Each view reads the project and pushes
//! [`crate::app::Action`]s; none of them changes the project while drawing it.

pub mod canvas;
pub mod capture;
pub mod curves;
pub mod data;
pub mod data_import;
pub mod data_overview;
pub mod egui_words;
pub mod export;
pub mod floating;
pub mod hypotheses;
pub mod journeys;
pub mod kpis;
mod modals;
pub mod personas;
pub mod shell;
pub mod start;
pub mod templates;
pub mod theme;
pub mod timer;
pub mod vote;
pub mod widgets;
