//! The parts of a card beside its title: the footer (channel, markers, persona
//! dots), the evidence mark, the gap tag and the vote badge.

use crate::t;
use emath::{Rect, pos2, vec2};

use super::text::{TextEngine, TextStyle};
use super::{Dot, EvidenceMark, Metrics, Run, Tag, style};
use crate::model::Project;
use crate::theme::Palette;

/// The pill of a card's gap, on the left of its footer line.
pub(super) fn gap_tag(
    project: &Project,
    gap: &crate::analysis::curves::Gap,
    rect: Rect,
    m: &Metrics,
    palette: &Palette,
    engine: &mut TextEngine,
) -> Tag {
    use crate::analysis::curves::signed;
    let style = TextStyle::bold(m.card_footer.size);
    let text = t!(
        "out-gap-tag",
        think = signed(gap.believed),
        say = signed(gap.measured)
    );
    let size = vec2(engine.width(&text, style), style.size * 1.25);
    let line_top = rect.max.y - m.card_padding - m.footer_height + 2.0;
    let centre_y = line_top + m.footer_height / 2.0 - 2.0;
    let pad = vec2(5.0, 1.5);
    let min = pos2(
        rect.min.x + m.card_padding - pad.x / 2.0,
        centre_y - size.y / 2.0 - pad.y,
    );
    Tag {
        rect: Rect::from_min_size(min, size + pad * 2.0),
        text: Run {
            pos: min + pad,
            text,
            style,
            color: crate::model::Rgb::new(255, 255, 255),
        },
        fill: palette.warning,
        summary: t!(
            "out-gap-summary",
            who = gap.who(project),
            summary = gap.summary(),
            gap = signed(gap.difference()),
            n = crate::analysis::stats::thousands(gap.n)
        ),
    }
}

/// A card's dots in a vote, on a badge across its top-right corner: "3 dots" while
/// the vote is open, "#1 · 3 dots" once it is closed.
pub(super) fn vote_tag(
    vote: &crate::model::VoteSession,
    rank: usize,
    dots: u32,
    rect: Rect,
    m: &Metrics,
    engine: &mut TextEngine,
) -> Tag {
    let style = TextStyle::bold(m.card_title.size);
    let count = t!("out-vote-dots", count = dots);
    let text = if vote.open {
        count.clone()
    } else {
        t!("out-vote-rank", rank = rank, dots = count.as_str())
    };
    let size = vec2(engine.width(&text, style), style.size * 1.25);
    let pad = vec2(6.0, 1.5);
    let outer = size + pad * 2.0;
    // Left of the evidence mark, its lower half above the title's first line.
    let min = pos2(
        rect.max.x - outer.x - 2.0 * style::EVIDENCE_INSET - style::EVIDENCE_RADIUS,
        rect.min.y - outer.y / 2.0 - 1.0,
    );
    Tag {
        rect: Rect::from_min_size(min, outer),
        text: Run {
            pos: min + pad,
            text,
            style,
            color: crate::model::Rgb::new(255, 255, 255),
        },
        fill: style::VOTE_FILL,
        summary: if vote.open {
            t!(
                "out-vote-so-far",
                question = vote.question.as_str(),
                dots = count.as_str()
            )
        } else {
            t!(
                "out-vote-ranked",
                question = vote.question.as_str(),
                dots = count.as_str(),
                rank = rank
            )
        },
    }
}

pub(super) fn evidence_mark(
    project: &Project,
    card: &crate::model::Card,
    rect: Rect,
    palette: &Palette,
) -> EvidenceMark {
    use crate::model::EvidenceLevel;
    let level = project.evidence_level(card);
    EvidenceMark {
        level,
        center: pos2(
            rect.max.x - style::EVIDENCE_INSET,
            rect.min.y + style::EVIDENCE_INSET,
        ),
        color: match level {
            EvidenceLevel::Observed => palette.positive,
            EvidenceLevel::Inferred => palette.highlight,
            EvidenceLevel::Assumed => palette.muted_card_text,
        },
    }
}

/// The bottom line of a card: channel on the left; moment of truth, pain point and
/// emotion face, then persona dots, on the right.
pub(super) fn footer(
    project: &Project,
    card: &crate::model::Card,
    rect: Rect,
    m: &Metrics,
    palette: &Palette,
    engine: &mut TextEngine,
    show_channel: bool,
) -> (Vec<Run>, Vec<Dot>) {
    let style = m.card_footer;
    let marker_style = TextStyle::regular(13.0);
    let line_top = rect.max.y - m.card_padding - m.footer_height + 2.0;
    let centre_y = line_top + m.footer_height / 2.0 - 2.0;
    let mut right = rect.max.x - m.card_padding;
    let mut dots = Vec::new();
    for persona in card.personas.iter().rev() {
        let radius = 4.5;
        dots.push(Dot {
            center: pos2(right - radius, centre_y),
            radius,
            color: project.persona_color(*persona),
        });
        right -= 2.0 * radius + 3.0;
    }
    dots.reverse();
    let mut runs = Vec::new();
    let mut markers = String::new();
    if card.moment_of_truth {
        markers.push('⭐');
    }
    if card.pain_point {
        markers.push('⚡');
    }
    if let Some(emotion) = &card.emotion {
        markers.push_str(emotion.face());
    }
    if !markers.is_empty() {
        let width = engine.width(&markers, marker_style);
        right -= width + 2.0;
        runs.push(Run {
            pos: pos2(right, centre_y - marker_style.size * 0.62),
            text: markers,
            style: marker_style,
            color: palette.card_text,
        });
    }
    if let Some(channel) = card.channel.as_ref().filter(|_| show_channel) {
        let room = right - rect.min.x - m.card_padding - 6.0;
        let label = engine.wrap(
            &format!("{} {}", channel.icon(), channel.label()),
            style,
            room.max(12.0),
            1,
        );
        if let Some(line) = label.lines.first() {
            runs.push(Run {
                pos: pos2(
                    rect.min.x + m.card_padding,
                    centre_y - label.line_height / 2.0,
                ),
                text: line.text.clone(),
                style,
                color: palette.muted_card_text,
            });
        }
    }
    (runs, dots)
}
