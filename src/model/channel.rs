//! Channels through which a touchpoint reaches the customer.

use crate::t;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Channel {
    Web,
    MobileApp,
    Store,
    Phone,
    CallCentre,
    Email,
    Chat,
    Social,
    SearchEngine,
    WordOfMouth,
    Kiosk,
    Salesperson,
    Event,
    Mail,
    Advertising,
    Partner,
    InPerson,
    /// A channel the team named itself.
    Custom(String),
}

impl Channel {
    /// Every built-in channel, in the order menus list them.
    pub const BUILT_IN: [Channel; 17] = [
        Channel::Web,
        Channel::MobileApp,
        Channel::Store,
        Channel::Phone,
        Channel::CallCentre,
        Channel::Email,
        Channel::Chat,
        Channel::Social,
        Channel::SearchEngine,
        Channel::WordOfMouth,
        Channel::Kiosk,
        Channel::Salesperson,
        Channel::Event,
        Channel::Mail,
        Channel::Advertising,
        Channel::Partner,
        Channel::InPerson,
    ];

    pub fn label(&self) -> &str {
        match self {
            Channel::Web => t!("channel-web"),
            Channel::MobileApp => t!("channel-mobile-app"),
            Channel::Store => t!("channel-store"),
            Channel::Phone => t!("channel-phone"),
            Channel::CallCentre => t!("channel-call-centre"),
            Channel::Email => t!("channel-email"),
            Channel::Chat => t!("channel-chat"),
            Channel::Social => t!("channel-social"),
            Channel::SearchEngine => t!("channel-search-engine"),
            Channel::WordOfMouth => t!("channel-word-of-mouth"),
            Channel::Kiosk => t!("channel-kiosk"),
            Channel::Salesperson => t!("channel-salesperson"),
            Channel::Event => t!("channel-event"),
            Channel::Mail => t!("channel-mail"),
            Channel::Advertising => t!("channel-advertising"),
            Channel::Partner => t!("channel-partner"),
            Channel::InPerson => t!("channel-in-person"),
            Channel::Custom(name) => name,
        }
    }

    /// An icon from the shipped emoji font.
    pub fn icon(&self) -> &'static str {
        match self {
            Channel::Web => "🌐",
            Channel::MobileApp => "📱",
            Channel::Store => "🏬",
            Channel::Phone => "📞",
            Channel::CallCentre => "🎧",
            Channel::Email => "📧",
            Channel::Chat => "💬",
            Channel::Social => "👍",
            Channel::SearchEngine => "🔍",
            Channel::WordOfMouth => "👥",
            Channel::Kiosk => "🏧",
            Channel::Salesperson => "👔",
            Channel::Event => "📅",
            Channel::Mail => "📨",
            Channel::Advertising => "📣",
            Channel::Partner => "🤝",
            Channel::InPerson => "👋",
            Channel::Custom(_) => "🔖",
        }
    }

    /// The built-in channel with this label (case-insensitive), else a custom one.
    pub fn from_label(label: &str) -> Self {
        super::skip::named_or_custom(&Self::BUILT_IN, Channel::label, label, Channel::Custom)
    }
}

/// Whether a touchpoint is a direct contact with the company (cashier, call centre,
/// salesperson) or an indirect one (reviews, social media, a friend's advice).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Contact {
    #[default]
    Unspecified,
    Direct,
    Indirect,
}

impl Contact {
    pub const ALL: [Contact; 3] = [Contact::Unspecified, Contact::Direct, Contact::Indirect];

    pub fn label(self) -> &'static str {
        match self {
            Contact::Unspecified => t!("contact-unspecified"),
            Contact::Direct => t!("contact-direct"),
            Contact::Indirect => t!("contact-indirect"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_round_trip() {
        for c in &Channel::BUILT_IN {
            assert_eq!(&Channel::from_label(c.label()), c);
        }
        assert_eq!(
            Channel::from_label("Carrier pigeon"),
            Channel::Custom("Carrier pigeon".into())
        );
    }

    #[test]
    fn built_in_names_are_known_in_every_language() {
        use crate::i18n::{Lang, scoped};
        // Typed in French while the window is English, and the other way round.
        assert_eq!(Channel::from_label("téléphone"), Channel::Phone);
        let _fr = scoped(Lang::Fr);
        assert_eq!(Channel::Phone.label(), "Téléphone");
        assert_eq!(Channel::from_label("Word of mouth"), Channel::WordOfMouth);
        assert_eq!(Channel::from_label("Boca a boca"), Channel::WordOfMouth);
        for lang in Lang::ALL {
            let _in = scoped(lang);
            for c in &Channel::BUILT_IN {
                assert_eq!(&Channel::from_label(c.label()), c, "{lang:?}");
            }
        }
    }
}
