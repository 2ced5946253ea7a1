//! journeymap: personas and customer journey maps, checked against real customer data.
//!
//! The data flows one way: [`model`] → [`layout`] → (canvas | export), and every change
//! to the model goes through an [`edit::Edit`] that [`history::History`] can undo and
//! redo. See `ARCHITECTURE.md` for where each capability lives.

pub mod analysis;
pub mod app;
pub mod assets;
pub mod cli;
pub mod document;
pub mod edit;
pub mod examples;
pub mod export;
pub mod fonts;
pub mod history;
pub mod i18n;
pub mod io;
pub mod layout;
pub mod model;
pub mod ops;
pub mod shared_undo;
pub mod sync;
pub mod theme;
pub mod ui;
