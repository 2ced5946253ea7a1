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
        serde::de::Error::custom(crate::t!("msg-photo-bad-base64", reason = err.to_string()))
    })
}
