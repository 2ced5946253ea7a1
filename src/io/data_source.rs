//! Where a dataset's source file is. A project file names it relative to the
//! project's folder when the data sits near it (in that folder, under it, or under
//! a folder at most [`MAX_UP`] levels above), so that a project and its data can be
//! moved or shared together and "Refresh from source" finds the data from any
//! working folder; farther away, by its absolute path. In memory, the sources of a
//! project that has a file are absolute: resolved when it is opened, stored
//! relative again when it is saved (to whatever folder it is saved in).

use std::path::{Component, Path, PathBuf};

use crate::model::Project;

/// How many folders above the project's a relative source may climb.
pub const MAX_UP: usize = 2;

/// `path` with `.` and `..` taken out by reading it, not the disk (symbolic links
/// are not followed); made absolute first.
pub fn normalize(path: &Path) -> PathBuf {
    let path = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// The path to write in `project_file` for a data file at `data`: relative to the
/// project's folder, with `/` between names, when the data is near it; else
/// absolute. A relative `data` is taken from the working folder.
pub fn stored(data: &Path, project_file: &Path) -> String {
    let data = normalize(data);
    let Some(folder) = normalize(project_file).parent().map(Path::to_owned) else {
        return data.display().to_string();
    };
    let data_parts: Vec<Component<'_>> = data.components().collect();
    let folder_parts: Vec<Component<'_>> = folder.components().collect();
    let common = data_parts
        .iter()
        .zip(&folder_parts)
        .take_while(|(a, b)| a == b)
        .count();
    let up = folder_parts.len() - common;
    // Sharing only the root (or drive) is not being near.
    let shared_folder = folder_parts
        .iter()
        .take(common)
        .any(|c| matches!(c, Component::Normal(_)));
    if !shared_folder || up > MAX_UP || common == data_parts.len() {
        return data.display().to_string();
    }
    let mut parts: Vec<String> = vec!["..".to_owned(); up];
    parts.extend(
        data_parts[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    parts.join("/")
}

/// A stored source path as a path on this machine: a relative one from the folder of
/// `project_file`, an absolute one as it is.
pub fn resolve(source: &str, project_file: &Path) -> PathBuf {
    let path = Path::new(source);
    match project_file.parent() {
        Some(folder) if path.is_relative() && !source.trim().is_empty() => {
            normalize(&folder.join(path))
        }
        _ => path.to_owned(),
    }
}

/// Makes the project's sources absolute, as found from `project_file`.
pub fn resolve_sources(project: &mut Project, project_file: &Path) {
    for dataset in &mut project.datasets {
        let path = &mut dataset.source.path;
        if Path::new(path.as_str()).is_relative() && !path.trim().is_empty() {
            *path = resolve(path, project_file).display().to_string();
        }
    }
}

/// The project as it is to be written to `project_file`, its sources stored near
/// it relative to it; `None` when nothing changes (then write `project` itself).
pub fn with_stored_sources(project: &Project, project_file: &Path) -> Option<Project> {
    let changed = |path: &str| {
        let p = Path::new(path);
        (p.is_absolute() && stored(p, project_file) != path).then(|| stored(p, project_file))
    };
    if project
        .datasets
        .iter()
        .all(|d| changed(&d.source.path).is_none())
    {
        return None;
    }
    let mut out = project.clone();
    for dataset in &mut out.datasets {
        if let Some(path) = changed(&dataset.source.path) {
            dataset.source.path = path;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Dataset, DatasetId};

    #[cfg(unix)]
    #[test]
    fn near_data_is_stored_relative_and_far_data_absolute() {
        let project = Path::new("/work/journeymap/saves/airline.ron");
        let stored = |data: &str| stored(Path::new(data), project);
        assert_eq!(stored("/work/journeymap/saves/survey.csv"), "survey.csv");
        assert_eq!(
            stored("/work/journeymap/saves/data/survey.csv"),
            "data/survey.csv"
        );
        assert_eq!(
            stored("/work/shared/data/airline.csv"),
            "../../shared/data/airline.csv"
        );
        assert_eq!(stored("/work/journeymap/./saves/../x.csv"), "../x.csv");
        // Three folders up, or only the root in common: absolute.
        assert_eq!(
            stored("/home/ana/survey.csv"),
            "/home/ana/survey.csv",
            "only / in common"
        );
        let deep = Path::new("/work/a/b/c/project.ron");
        assert_eq!(
            super::stored(Path::new("/work/x/survey.csv"), deep),
            "/work/x/survey.csv"
        );
        // And back.
        assert_eq!(
            resolve("../../shared/data/airline.csv", project),
            Path::new("/work/shared/data/airline.csv")
        );
        assert_eq!(resolve("/abs/x.csv", project), Path::new("/abs/x.csv"));
        assert_eq!(resolve("", project), Path::new(""));
    }

    #[cfg(unix)]
    #[test]
    fn a_project_saved_elsewhere_stores_its_sources_from_there() {
        let mut p = Project::default();
        p.datasets.push(Dataset {
            id: DatasetId(1),
            ..Dataset::default()
        });
        p.datasets[0].source.path = "../data/survey.csv".into();
        resolve_sources(&mut p, Path::new("/work/team/maps/trip.ron"));
        assert_eq!(p.datasets[0].source.path, "/work/team/data/survey.csv");
        let written = with_stored_sources(&p, Path::new("/work/team/maps/2027/trip.ron")).unwrap();
        assert_eq!(written.datasets[0].source.path, "../../data/survey.csv");
        assert_eq!(
            with_stored_sources(&p, Path::new("/elsewhere/trip.ron")),
            None,
            "far away: the absolute path as it is"
        );
    }
}
