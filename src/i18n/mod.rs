//! The interface's words in English, French and Spanish, from Project Fluent
//! catalogues (`assets/i18n/<lang>/<area>.ftl`, built into the binary), and numbers written
//! the way each language writes them ([`numbers`]).
//!
//! The language shown is one setting for the whole process ([`set_lang`]), read by
//! every label as it is drawn, so switching needs no restart. A thread can look at
//! another language for a while ([`scoped`]), which tests use to run side by side.
//!
//! - [`tr`]: a message without arguments, as `&'static str` (each language's text is
//!   made once and kept, so labels stay cheap to draw every frame);
//! - [`trf`] / the [`t!`](crate::t) macro: a message with arguments (numbers are
//!   written the language's way, plurals chosen by its rules).

pub mod dates;
pub mod numbers;

use std::cell::Cell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Lang {
    En,
    Fr,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Fr, Lang::Es];

    /// The language's code (BCP 47).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
        }
    }

    /// The language of a locale name such as `fr_FR.UTF-8`, `es-MX` or `en`; `None`
    /// for a language the app does not speak (and for `C`/`POSIX`).
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let language: String = locale
            .trim()
            .chars()
            .take_while(char::is_ascii_alphabetic)
            .collect::<String>()
            .to_ascii_lowercase();
        match language.as_str() {
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }

    /// The catalogue's source text, one piece per area of the app ([`AREAS`]).
    fn sources(self) -> [&'static str; AREAS.len()] {
        match self {
            Lang::En => catalogue!("en"),
            Lang::Fr => catalogue!("fr"),
            Lang::Es => catalogue!("es"),
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    fn from_index(index: u8) -> Lang {
        Lang::ALL
            .get(usize::from(index))
            .copied()
            .unwrap_or(Lang::En)
    }
}

/// The parts of each language's catalogue, one file per area of the app, so that
/// the words of one area are found (and translated) together.
pub(crate) const AREAS: [&str; 10] = [
    "core", "canvas", "personas", "data", "files", "workshop", "domain", "output", "messages",
    "cli",
];

/// Each area's catalogue file of one language, in the order of [`AREAS`].
macro_rules! catalogue {
    ($lang:literal) => {
        [
            include_str!(concat!("../../assets/i18n/", $lang, "/core.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/canvas.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/personas.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/data.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/files.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/workshop.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/domain.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/output.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/messages.ftl")),
            include_str!(concat!("../../assets/i18n/", $lang, "/cli.ftl")),
        ]
    };
}
use catalogue;

/// The language the system is set to (the first of the user's preferred languages
/// that the app speaks; English otherwise).
pub fn system_lang() -> Lang {
    sys_locale::get_locales()
        .find_map(|l| Lang::from_locale(&l))
        .unwrap_or(Lang::En)
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static OVERRIDE: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// The language shown now (on this thread).
pub fn lang() -> Lang {
    OVERRIDE
        .with(Cell::get)
        .unwrap_or_else(|| Lang::from_index(CURRENT.load(Ordering::Relaxed)))
}

/// Shows the whole interface in `lang` from now on.
pub fn set_lang(lang: Lang) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}

/// While the returned guard lives, this thread speaks `lang` whatever the process
/// is set to.
#[must_use = "the language goes back when the guard is dropped"]
pub fn scoped(lang: Lang) -> Scoped {
    Scoped(OVERRIDE.with(|o| o.replace(Some(lang))))
}

pub struct Scoped(Option<Lang>);

impl Drop for Scoped {
    fn drop(&mut self) {
        OVERRIDE.with(|o| o.set(self.0));
    }
}

struct Catalog {
    bundle: FluentBundle<FluentResource>,
    /// Messages without arguments, made once.
    plain: Mutex<HashMap<String, &'static str>>,
}

fn catalogs() -> &'static [Catalog; 3] {
    static CATALOGS: OnceLock<[Catalog; 3]> = OnceLock::new();
    CATALOGS.get_or_init(|| Lang::ALL.map(catalog))
}

fn catalog(lang: Lang) -> Catalog {
    let id = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No bidi isolation marks around arguments: every language here runs left to
    // right, and the marks would show as missing glyphs.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match lang {
        Lang::En => format_en,
        Lang::Fr => format_fr,
        Lang::Es => format_es,
    }));
    // A message defined twice keeps the first (the catalogue test reports it).
    for source in lang.sources() {
        let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    Catalog {
        bundle,
        plain: Mutex::new(HashMap::new()),
    }
}

fn format_number<M>(lang: Lang, value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(FluentNumber { value, options }) => {
            let places = options
                .minimum_fraction_digits
                .or(options.maximum_fraction_digits)
                .unwrap_or(if value.fract() == 0.0 { 0 } else { 2 });
            Some(numbers::decimal_in(lang, *value, places))
        }
        _ => None,
    }
}

fn format_en<M>(value: &FluentValue, m: &M) -> Option<String> {
    format_number(Lang::En, value, m)
}
fn format_fr<M>(value: &FluentValue, m: &M) -> Option<String> {
    format_number(Lang::Fr, value, m)
}
fn format_es<M>(value: &FluentValue, m: &M) -> Option<String> {
    format_number(Lang::Es, value, m)
}

fn format(catalog: &Catalog, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let message = catalog.bundle.get_message(id)?;
    let pattern = message.value()?;
    let mut errors = Vec::new();
    let text = catalog.bundle.format_pattern(pattern, args, &mut errors);
    Some(text.into_owned())
}

/// The message `id` in the language shown (the id itself when no catalogue has it,
/// which the catalogue tests rule out).
pub fn tr(id: &str) -> &'static str {
    tr_in(lang(), id)
}

/// The message `id` in `lang`.
pub fn tr_in(lang: Lang, id: &str) -> &'static str {
    let catalog = &catalogs()[lang.index()];
    let Ok(mut plain) = catalog.plain.lock() else {
        return "";
    };
    if let Some(text) = plain.get(id) {
        return text;
    }
    let text: &'static str = Box::leak(
        format(catalog, id, None)
            .unwrap_or_else(|| id.to_owned())
            .into_boxed_str(),
    );
    plain.insert(id.to_owned(), text);
    text
}

/// The message `id` with its arguments, in the language shown.
pub fn trf(id: &str, args: &FluentArgs) -> String {
    let catalog = &catalogs()[lang().index()];
    format(catalog, id, Some(args)).unwrap_or_else(|| id.to_owned())
}

/// Whether the catalogue of `lang` has the message `id` (for tests and checks).
pub fn has(lang: Lang, id: &str) -> bool {
    catalogs()[lang.index()].bundle.has_message(id)
}

/// A message written in every language when it is made, shown in the language of the
/// moment: for what outlives a switch of language (the problems found on load, the
/// status bar's line, an error dialog).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said([String; 3]);

impl Said {
    /// `message` (which calls `t!`) written in each language.
    pub fn new<S: Into<String>>(message: impl Fn() -> S) -> Self {
        Self(Lang::ALL.map(|l| {
            let _lang = scoped(l);
            message().into()
        }))
    }

    /// Text that is the same in every language (the team's own words). Named, not a
    /// `From`, so that a message written in one language is never taken for it.
    pub fn same(text: impl Into<String>) -> Self {
        let text = text.into();
        Self([text.clone(), text.clone(), text])
    }

    /// In the language shown.
    pub fn shown(&self) -> &str {
        &self.0[lang().index()]
    }
}

/// In the crate's own tests, a label typed as text reads the same in every language.
#[cfg(test)]
impl From<&str> for Said {
    fn from(text: &str) -> Self {
        Self::same(text)
    }
}

impl std::fmt::Display for Said {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.shown())
    }
}

/// A message written in every language, shown in the language of the moment:
/// `said!("card-undo-move")`, or with arguments as for [`t!`].
#[macro_export]
macro_rules! said {
    ($($message:tt)+) => {
        $crate::i18n::Said::new(|| $crate::t!($($message)+))
    };
}

/// A message in the language shown: `t!("cmd-save")`, or with arguments
/// `t!("status-live-people", count = 3)`.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::tr($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = ::fluent_bundle::FluentArgs::new();
        $(args.set(stringify!($name), $value);)+
        $crate::i18n::trf($id, &args)
    }};
}

#[cfg(test)]
mod tests;
