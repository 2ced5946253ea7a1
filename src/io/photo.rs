//! Persona photos: a PNG or JPEG from disk, checked, downscaled and re-encoded so the
//! project file stays small; and decoding a stored photo back to pixels for display.

use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};

use image::{DynamicImage, ImageFormat as Decoded, ImageReader, Limits};

use crate::io::plain_io;
use crate::model::{ImageFormat, Photo};
use crate::t;

/// The longest side of a stored photo, in pixels: sharp on a one-pager at A4 and on
/// a 4K screen's gallery, about 50–150 KB in the file.
pub const MAX_STORED_SIDE: u32 = 640;
/// The largest photo file taken (a camera's JPEG is 5–15 MB).
pub const MAX_FILE_BYTES: u64 = 50_000_000;
/// The largest picture taken, in pixels per side (a 100-megapixel camera is 12,000).
pub const MAX_SIDE: u32 = 20_000;
/// What decoding may allocate (a 20,000 x 20,000 RGBA picture would need 1.6 GB).
const MAX_DECODE_BYTES: u64 = 600_000_000;
/// JPEG quality of stored photos.
const JPEG_QUALITY: u8 = 88;

/// Why a photo could not be taken. The messages are for the user, in the language
/// shown.
#[derive(Debug, thiserror::Error)]
pub enum PhotoError {
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    Empty,
    TooLarge {
        size: u64,
    },
    NotAnImage {
        found: Option<String>,
    },
    TooManyPixels {
        width: u32,
        height: u32,
    },
    /// The picture's bytes do not decode (the decoder's own words, in English, are
    /// left out: they name codec internals).
    Damaged,
    /// A PNG or JPEG of a kind the decoder does not read (arithmetic coding, an
    /// unusual colour type).
    Unsupported,
    /// The picture could not be encoded again to be stored.
    Encode,
    /// The reading thread ended without an answer.
    Stopped,
}

impl std::fmt::Display for PhotoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            PhotoError::Read { source, .. } => t!("msg-load-read", reason = plain_io(source)),
            PhotoError::Empty => t!("msg-load-empty").to_owned(),
            PhotoError::TooLarge { size } => t!(
                "msg-photo-too-large",
                // One decimal, rounded up: 50.01 MB is not "50 MB" when the most is 50.
                megabytes = crate::i18n::numbers::decimal((*size as f64 / 1e5).ceil() / 10.0, 1),
                max = MAX_FILE_BYTES / 1_000_000
            ),
            PhotoError::NotAnImage { found: None } => t!("msg-photo-not-an-image").to_owned(),
            PhotoError::NotAnImage { found: Some(found) } => {
                t!("msg-photo-not-an-image-but", found = found.as_str())
            }
            PhotoError::TooManyPixels { width, height } => t!(
                "msg-photo-too-many-pixels",
                width = width.to_string(),
                height = height.to_string(),
                max = MAX_SIDE.to_string()
            ),
            PhotoError::Damaged => t!("msg-photo-damaged").to_owned(),
            PhotoError::Unsupported => t!("msg-photo-unsupported").to_owned(),
            PhotoError::Encode => t!("msg-photo-not-stored").to_owned(),
            PhotoError::Stopped => t!("persona-photo-stopped").to_owned(),
        };
        f.write_str(&text)
    }
}

/// Whether a path names a picture by its extension (PNG or JPEG).
pub fn looks_like_photo(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ["png", "jpg", "jpeg"].contains(&e.to_ascii_lowercase().as_str()))
}

/// Reads a photo file: at most [`MAX_FILE_BYTES`], a PNG or JPEG, downscaled.
pub fn load(path: &Path) -> Result<Photo, PhotoError> {
    let read = |source| PhotoError::Read {
        path: path.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(read)?;
    let size = file.metadata().map_err(read)?.len();
    if size > MAX_FILE_BYTES {
        return Err(PhotoError::TooLarge { size });
    }
    let mut bytes = Vec::new();
    // Read one byte more than allowed: a file that grew meanwhile is still refused.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(read)?;
    from_bytes(&bytes)
}

/// Takes a photo from a file's bytes: checked, decoded within limits, downscaled to
/// [`MAX_STORED_SIDE`] and re-encoded (JPEG, or PNG when it has transparency).
/// EXIF orientation is not applied.
pub fn from_bytes(bytes: &[u8]) -> Result<Photo, PhotoError> {
    if bytes.is_empty() {
        return Err(PhotoError::Empty);
    }
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(PhotoError::TooLarge {
            size: bytes.len() as u64,
        });
    }
    let image = decode(bytes, Some((MAX_SIDE, MAX_DECODE_BYTES)))?;
    let image = if image.width().max(image.height()) > MAX_STORED_SIDE {
        image.resize(
            MAX_STORED_SIDE,
            MAX_STORED_SIDE,
            image::imageops::FilterType::Lanczos3,
        )
    } else {
        image
    };
    encode(&image)
}

/// Decodes a PNG or JPEG, refusing other formats and pictures over the limits
/// (`(side, bytes)`).
fn decode(bytes: &[u8], limits: Option<(u32, u64)>) -> Result<DynamicImage, PhotoError> {
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|_| PhotoError::Damaged)?;
    match reader.format() {
        Some(Decoded::Png | Decoded::Jpeg) => {}
        other => {
            return Err(PhotoError::NotAnImage {
                found: other
                    .and_then(|f| f.extensions_str().first())
                    .map(|ext| ext.to_uppercase()),
            });
        }
    }
    if let Some((side, alloc)) = limits {
        let mut l = Limits::default();
        l.max_image_width = Some(side);
        l.max_image_height = Some(side);
        l.max_alloc = Some(alloc);
        reader.limits(l);
    }
    reader.decode().map_err(|err| why_not_decoded(&err, bytes))
}

/// What a decoding error means for the person who chose the picture.
fn why_not_decoded(err: &image::ImageError, bytes: &[u8]) -> PhotoError {
    match err {
        image::ImageError::Limits(_) => {
            // Report the size when the header can be read.
            let (width, height) = ImageReader::new(Cursor::new(bytes))
                .with_guessed_format()
                .ok()
                .and_then(|r| r.into_dimensions().ok())
                .unwrap_or((0, 0));
            PhotoError::TooManyPixels { width, height }
        }
        image::ImageError::Unsupported(_) => PhotoError::Unsupported,
        _ => PhotoError::Damaged,
    }
}

fn encode(image: &DynamicImage) -> Result<Photo, PhotoError> {
    let mut data = Vec::new();
    let format = if image.color().has_alpha() {
        image
            .write_to(&mut Cursor::new(&mut data), Decoded::Png)
            .map_err(|_| PhotoError::Encode)?;
        ImageFormat::Png
    } else {
        let rgb = image.to_rgb8();
        image::codecs::jpeg::JpegEncoder::new_with_quality(&mut data, JPEG_QUALITY)
            .encode_image(&rgb)
            .map_err(|_| PhotoError::Encode)?;
        ImageFormat::Jpeg
    };
    Ok(Photo {
        format,
        width: image.width(),
        height: image.height(),
        data,
    })
}

/// A stored photo as RGBA pixels, `(width, height, pixels)`, for display. Stored
/// photos were checked on import; a file edited by hand may still hold anything, so
/// this refuses what [`from_bytes`] would.
pub fn decode_rgba(photo: &Photo) -> Result<(u32, u32, Vec<u8>), PhotoError> {
    let image = decode(&photo.data, Some((MAX_SIDE, MAX_DECODE_BYTES)))?.to_rgba8();
    Ok((image.width(), image.height(), image.into_raw()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32, alpha: bool) -> Vec<u8> {
        let mut out = Vec::new();
        let image = if alpha {
            DynamicImage::ImageRgba8(image::RgbaImage::from_fn(width, height, |x, y| {
                image::Rgba([(x % 256) as u8, (y % 256) as u8, 90, 128])
            }))
        } else {
            DynamicImage::ImageRgb8(image::RgbImage::from_fn(width, height, |x, y| {
                image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
            }))
        };
        image
            .write_to(&mut Cursor::new(&mut out), Decoded::Png)
            .unwrap();
        out
    }

    #[test]
    fn large_photos_are_downscaled_to_jpeg() {
        let photo = from_bytes(&png(1600, 1200, false)).unwrap();
        assert_eq!(photo.format, ImageFormat::Jpeg);
        assert_eq!((photo.width, photo.height), (640, 480));
        let (w, h, pixels) = decode_rgba(&photo).unwrap();
        assert_eq!((w, h), (640, 480));
        assert_eq!(pixels.len(), 640 * 480 * 4);
    }

    #[test]
    fn small_photos_with_transparency_stay_png() {
        let photo = from_bytes(&png(100, 50, true)).unwrap();
        assert_eq!(photo.format, ImageFormat::Png);
        assert_eq!((photo.width, photo.height), (100, 50));
    }

    #[test]
    fn other_files_are_refused_in_plain_words() {
        let err = from_bytes(b"hello, this is text").unwrap_err();
        assert_eq!(err.to_string(), "this is not a PNG or JPEG picture");
        let mut gif = b"GIF89a".to_vec();
        gif.extend_from_slice(&[1, 0, 1, 0, 0, 0, 0]);
        let err = from_bytes(&gif).unwrap_err();
        assert_eq!(
            err.to_string(),
            "this is not a PNG or JPEG picture (it looks like a GIF picture)"
        );
        {
            let _fr = crate::i18n::scoped(crate::i18n::Lang::Fr);
            assert_eq!(
                from_bytes(&gif).unwrap_err().to_string(),
                "ce n’est pas une image PNG ou JPEG (cela ressemble à une image GIF)"
            );
        }
        assert!(matches!(from_bytes(&[]), Err(PhotoError::Empty)));
        let mut cut = png(300, 300, false);
        cut.truncate(cut.len() / 2);
        let err = from_bytes(&cut).unwrap_err();
        assert!(matches!(err, PhotoError::Damaged), "{err:?}");
        // Just over the most reads as over it, rounded up.
        let over = PhotoError::TooLarge {
            size: MAX_FILE_BYTES + 1,
        };
        assert_eq!(
            over.to_string(),
            format!(
                "the file is {:.1} MB; photos may be up to {} MB",
                MAX_FILE_BYTES as f64 / 1e6 + 0.1,
                MAX_FILE_BYTES / 1_000_000
            )
        );
        // A kind of JPEG the decoder does not read is not called damaged.
        let unsupported =
            image::ImageError::Unsupported(image::error::UnsupportedError::from_format_and_kind(
                image::ImageFormat::Jpeg.into(),
                image::error::UnsupportedErrorKind::GenericFeature("arithmetic coding".into()),
            ));
        let err = why_not_decoded(&unsupported, &cut);
        assert_eq!(
            err.to_string(),
            "the picture is a kind of PNG or JPEG journeymap cannot read; save it again as an ordinary PNG or JPEG"
        );
    }

    /// The CRC-32 of PNG chunks (bit by bit; tests only).
    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = !0u32;
        for &b in bytes {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    #[test]
    fn huge_pictures_are_refused_before_decoding() {
        // A PNG header that claims 30,000 x 30,000 pixels.
        let mut header = png(1, 1, false);
        header[16..20].copy_from_slice(&30_000u32.to_be_bytes());
        header[20..24].copy_from_slice(&30_000u32.to_be_bytes());
        // The IHDR chunk's checksum covers its type and data (bytes 12..29).
        let crc = crc32(&header[12..29]);
        header[29..33].copy_from_slice(&crc.to_be_bytes());
        let err = from_bytes(&header).unwrap_err();
        assert!(
            matches!(
                err,
                PhotoError::TooManyPixels {
                    width: 30_000,
                    height: 30_000
                }
            ),
            "{err:?}"
        );
        assert!(err.to_string().contains("30000 x 30000 pixels"), "{err}");
    }

    #[test]
    fn missing_files_name_the_problem() {
        let err = load(Path::new("/no/such/photo.png")).unwrap_err();
        assert!(err.to_string().starts_with("cannot read the file"), "{err}");
    }
}
