//! The join link of a live session: where the sync server is, which document, and the
//! join code. One line a facilitator can paste in a chat:
//!
//! ```text
//! ws://192.168.1.20:3030/?code=K7P2QX#automerge:2j9KnU5x8N3…
//! └──── the server ─────┘└─ code ─┘└──── the shared document ────┘
//! ```
//! The part after `#` never leaves the laptop (a WebSocket request does not carry
//! it); the code is checked by the app's own server and ignored by others.

use std::fmt;
use std::str::FromStr;

use samod::{AutomergeUrl, DocumentId};
use url::Url;

/// A live session's address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    /// The sync server's WebSocket address, without the code.
    pub server: Url,
    pub document: DocumentId,
    /// The join code the app's own server asks for (editors and viewers have their
    /// own); none for a public sync server.
    pub code: Option<String>,
    /// A viewers' link: the app opens the map read-only (the app's server also
    /// ignores a viewer's changes; a public server cannot).
    pub viewer: bool,
}

/// Why a link cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    Scheme(String),
    Url(url::ParseError),
    NoDocument,
    Document(String),
}

/// In the language shown.
impl std::fmt::Display for LinkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::t;
        let text = match self {
            LinkError::Scheme(scheme) => t!("msg-link-scheme", scheme = scheme.as_str()),
            LinkError::Url(problem) => {
                t!("msg-link-not-an-address", reason = url_problem(*problem))
            }
            LinkError::NoDocument => t!("msg-link-no-document").to_owned(),
            LinkError::Document(document) => {
                t!("msg-link-bad-document", document = document.as_str())
            }
        };
        f.write_str(&text)
    }
}

/// What is wrong with an address, in plain words (the `url` crate says it in English).
fn url_problem(problem: url::ParseError) -> &'static str {
    use url::ParseError as E;
    match problem {
        E::RelativeUrlWithoutBase => crate::t!("msg-url-no-scheme"),
        E::EmptyHost => crate::t!("msg-url-no-host"),
        E::IdnaError | E::InvalidDomainCharacter => crate::t!("msg-url-bad-name"),
        E::InvalidPort => crate::t!("msg-url-bad-port"),
        E::InvalidIpv4Address | E::InvalidIpv6Address => crate::t!("msg-url-bad-ip"),
        _ => crate::t!("msg-url-other"),
    }
}

impl Link {
    /// The address the client dials: the server with the code and our peer id in the
    /// query (the app's server checks both at the upgrade).
    pub fn dial_url(&self, peer: &str) -> Url {
        let mut url = self.server.clone();
        {
            let mut query = url.query_pairs_mut();
            if let Some(code) = &self.code {
                query.append_pair("code", code);
            }
            query.append_pair("peer", peer);
        }
        url
    }
}

impl fmt::Display for Link {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut url = self.server.clone();
        if let Some(code) = &self.code {
            url.query_pairs_mut().append_pair("code", code);
        }
        if self.viewer {
            url.query_pairs_mut().append_pair("view", "1");
        }
        write!(f, "{url}#{}", AutomergeUrl::from(&self.document))
    }
}

impl FromStr for Link {
    type Err = LinkError;

    fn from_str(text: &str) -> Result<Self, LinkError> {
        let text = text.trim();
        let (address, document) = text.split_once('#').ok_or(LinkError::NoDocument)?;
        let mut server = Url::parse(address).map_err(LinkError::Url)?;
        if !matches!(server.scheme(), "ws" | "wss") {
            return Err(LinkError::Scheme(server.scheme().to_owned()));
        }
        let document = document.trim();
        let document = AutomergeUrl::from_str(document)
            .map(|u| u.document_id().clone())
            .or_else(|_| DocumentId::from_str(document))
            .map_err(|_| LinkError::Document(document.to_owned()))?;
        let pairs: Vec<(String, String)> = server
            .query_pairs()
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        let code = pairs
            .iter()
            .find(|(k, _)| k == "code")
            .map(|(_, v)| v.clone());
        let viewer = pairs.iter().any(|(k, v)| k == "view" && v == "1");
        let others: Vec<&(String, String)> = pairs
            .iter()
            .filter(|(k, _)| !matches!(k.as_str(), "code" | "peer" | "view"))
            .collect();
        if others.is_empty() {
            server.set_query(None);
        } else {
            server.query_pairs_mut().clear().extend_pairs(others);
        }
        Ok(Link {
            server,
            document,
            code,
            viewer,
        })
    }
}

/// A fresh join code: six characters a person can read out and type (no 0/O, 1/I/L).
pub fn new_code() -> String {
    const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    (0..6)
        .map(|_| char::from(ALPHABET[rand::random_range(0..ALPHABET.len())]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_round_trips_and_keeps_its_parts() {
        let document = DocumentId::new(&mut rand::rng());
        let link = Link {
            server: Url::parse("ws://192.168.1.20:3030/").unwrap(),
            document: document.clone(),
            code: Some("K7P2QX".into()),
            viewer: false,
        };
        let text = link.to_string();
        assert!(
            text.starts_with("ws://192.168.1.20:3030/?code=K7P2QX#automerge:"),
            "{text}"
        );
        let back: Link = text.parse().unwrap();
        assert_eq!(back, link);
        let dial = back.dial_url("peer-1");
        assert_eq!(dial.query(), Some("code=K7P2QX&peer=peer-1"));
        assert_eq!(dial.fragment(), None);
        // A public server's link has no code.
        let public: Link = format!("wss://sync.example.org#{}", AutomergeUrl::from(&document))
            .parse()
            .unwrap();
        assert_eq!(public.code, None);
        assert_eq!(public.server.as_str(), "wss://sync.example.org/");
        let viewers = Link {
            viewer: true,
            ..link
        };
        let text = viewers.to_string();
        assert!(text.contains("code=K7P2QX&view=1#"), "{text}");
        assert_eq!(text.parse::<Link>().unwrap(), viewers);
    }

    #[test]
    fn bad_links_say_what_is_wrong() {
        assert_eq!(
            "ws://host:3030/".parse::<Link>(),
            Err(LinkError::NoDocument)
        );
        assert!(matches!(
            "http://host#automerge:x".parse::<Link>(),
            Err(LinkError::Scheme(_))
        ));
        assert!(matches!(
            "ws://host#nonsense".parse::<Link>(),
            Err(LinkError::Document(_))
        ));
        assert_eq!(
            "sync.example.org/#automerge:x".parse::<Link>(),
            Err(LinkError::Url(url::ParseError::RelativeUrlWithoutBase))
        );
    }

    /// What is wrong with a link's address is said in the language shown (it was
    /// the `url` crate's English: « n'est pas une adresse : invalid port number »).
    #[test]
    fn a_bad_address_is_said_in_each_language() {
        use crate::i18n::{Lang, scoped};
        let port = "ws://host:99999/#automerge:x".parse::<Link>().unwrap_err();
        let bare = "sync.example.org/#automerge:x".parse::<Link>().unwrap_err();
        for lang in Lang::ALL {
            let _lang = scoped(lang);
            let (port, bare) = (port.to_string(), bare.to_string());
            assert!(port.contains(crate::t!("msg-url-bad-port")), "{port}");
            assert!(bare.contains(crate::t!("msg-url-no-scheme")), "{bare}");
            if lang != Lang::En {
                assert!(
                    !port.contains("invalid") && !bare.contains("URL"),
                    "{port} {bare}"
                );
            }
        }
    }

    #[test]
    fn codes_are_six_readable_characters() {
        let code = new_code();
        assert_eq!(code.len(), 6);
        assert!(
            code.chars()
                .all(|c| c.is_ascii_alphanumeric() && !"01OIL".contains(c))
        );
        assert_ne!(new_code(), new_code());
    }
}
