//! Channels through which a touchpoint reaches the customer.

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
            Channel::Web => "Web",
            Channel::MobileApp => "Mobile app",
            Channel::Store => "Store",
            Channel::Phone => "Phone",
            Channel::CallCentre => "Call centre",
            Channel::Email => "Email",
            Channel::Chat => "Chat",
            Channel::Social => "Social media",
            Channel::SearchEngine => "Search engine",
            Channel::WordOfMouth => "Word of mouth",
            Channel::Kiosk => "Kiosk",
            Channel::Salesperson => "Salesperson",
            Channel::Event => "Event",
            Channel::Mail => "Letter / mail",
            Channel::Advertising => "Advertising",
            Channel::Partner => "Partner",
            Channel::InPerson => "In person",
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
            Contact::Unspecified => "Not specified",
            Contact::Direct => "Direct",
            Contact::Indirect => "Indirect",
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
}
