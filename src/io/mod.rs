//! Files: versioned RON project files with atomic saves and migrations; persona
//! photos; customer data tables and what their columns hold.

pub mod columns;
pub mod data_source;
mod error;
pub mod migrate;
pub mod photo;
mod project_file;
pub mod recovery;
mod ron_error;
pub mod table;

pub(crate) use error::capitalize;
pub use error::{LoadError, SaveError, plain_io};
pub use project_file::{
    FORMAT_VERSION, LiveRecord, Loaded, LocatedProblem, MAX_FILE_BYTES, SaveStep, backup_path,
    from_ron_str, from_ron_str_with, load, save, save_live, save_observed, to_ron_string,
    to_ron_string_live,
};
