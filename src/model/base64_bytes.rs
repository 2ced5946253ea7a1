//! Serde helper: bytes as one base64 string, so photos stay one line in a RON file.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Deserializer, Serializer};

#[allow(clippy::ptr_arg)] // serde's `with` passes `&Vec<u8>`
pub fn serialize<S: Serializer>(bytes: &Vec<u8>, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&STANDARD.encode(bytes))
}

pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<u8>, D::Error> {
    let text = String::deserialize(deserializer)?;
    STANDARD.decode(text.trim()).map_err(|err| {
        serde::de::Error::custom(crate::t!("msg-photo-bad-base64", reason = in_words(&err)))
    })
}

/// What is wrong with the text, in the language shown (the crate says it in English
/// for programmers: "Invalid symbol 36, offset 3.").
fn in_words(err: &base64::DecodeError) -> String {
    use base64::DecodeError as E;
    match *err {
        // Padding met before the end: the text was cut or joined there.
        E::InvalidByte(_, b'=') => crate::t!("msg-base64-bad-end").to_owned(),
        E::InvalidByte(offset, byte) if byte.is_ascii_whitespace() => {
            crate::t!("msg-base64-space", position = offset + 1)
        }
        E::InvalidByte(offset, byte) => {
            let char = char::from(byte);
            let char = if char.is_ascii_graphic() {
                char.to_string()
            } else {
                format!("\\x{byte:02X}")
            };
            crate::t!("msg-base64-bad-char", char = char, position = offset + 1)
        }
        E::InvalidLength(_) | E::InvalidLastSymbol { .. } | E::InvalidPadding => {
            crate::t!("msg-base64-bad-end").to_owned()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, scoped};

    #[test]
    fn bad_base64_is_said_in_plain_words_in_each_language() {
        let bad_char = STANDARD.decode("iVBO$w==").unwrap_err();
        let cut = STANDARD.decode("iVBORw0").unwrap_err();
        let padded_early = STANDARD.decode("iVBO=w0K").unwrap_err();
        let broken_line = STANDARD.decode("iVBO\nw0K").unwrap_err();
        for lang in Lang::ALL {
            let _lang = scoped(lang);
            let (bad_char, cut) = (in_words(&bad_char), in_words(&cut));
            assert!(
                bad_char.contains('$') && bad_char.contains('5'),
                "{bad_char}"
            );
            assert_eq!(cut, crate::t!("msg-base64-bad-end"));
            assert_eq!(in_words(&padded_early), crate::t!("msg-base64-bad-end"));
            let broken_line = in_words(&broken_line);
            assert_eq!(
                broken_line,
                crate::t!("msg-base64-space", position = 5),
                "{broken_line}"
            );
            assert!(!broken_line.contains("\\x"), "{broken_line}");
            if lang != Lang::En {
                assert!(
                    !bad_char.contains("nvalid") && !cut.contains("nvalid"),
                    "{bad_char}"
                );
            }
        }
    }
}
