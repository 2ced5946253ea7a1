//! Predicates for `#[serde(skip_serializing_if = ..)]`: fields at their default are
//! left out of files, which keeps them short and readable.

#[allow(clippy::trivially_copy_pass_by_ref)] // serde passes a reference
pub(crate) fn is_false(value: &bool) -> bool {
    !*value
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde passes a reference
pub(crate) fn is_one(value: &f32) -> bool {
    (*value - 1.0).abs() < f32::EPSILON
}

pub(crate) fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// The entry of `named` whose label is `label` (ignoring case and surrounding
/// spaces), else `custom(label)`.
pub(crate) fn named_or_custom<T: Clone>(
    named: &[T],
    label_of: impl Fn(&T) -> &str,
    label: &str,
    custom: impl FnOnce(String) -> T,
) -> T {
    let trimmed = label.trim().to_lowercase();
    // In the language shown first, then in the others: a name typed in French in
    // an English window is still the built-in one.
    let shown = crate::i18n::lang();
    std::iter::once(shown)
        .chain(crate::i18n::Lang::ALL.into_iter().filter(|l| *l != shown))
        .find_map(|lang| {
            let _in = crate::i18n::scoped(lang);
            named
                .iter()
                .find(|x| label_of(x).to_lowercase() == trimmed)
                .cloned()
        })
        .unwrap_or_else(|| custom(label.trim().to_owned()))
}
