//! Property: any project, however odd its texts and numbers, saves and loads back
//! equal, and saving it again gives the same text.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a test fails loudly where it cannot go on"
)]

use std::path::Path;

use journeymap::io::{from_ron_str, to_ron_string};
use journeymap::model::synthetic;
use journeymap::model::*;
use proptest::prelude::*;

/// Makes the structural choices of a project from a seed; texts and numbers come
/// from pools that proptest fills (and shrinks).
struct Builder {
    state: u64,
    texts: Vec<String>,
    numbers: Vec<f64>,
    ids: IdGen,
}

impl Builder {
    fn next(&mut self) -> u64 {
        self.state ^= self.state << 13;
        self.state ^= self.state >> 7;
        self.state ^= self.state << 17;
        self.state
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn text(&mut self) -> String {
        let i = self.below(self.texts.len());
        self.texts.get(i).cloned().unwrap_or_default()
    }

    fn texts(&mut self, max: usize) -> Vec<String> {
        (0..self.below(max + 1)).map(|_| self.text()).collect()
    }

    fn number(&mut self) -> f64 {
        let i = self.below(self.numbers.len());
        self.numbers.get(i).copied().unwrap_or(0.0)
    }

    fn pick<T: Copy>(&mut self, from: &[T]) -> Option<T> {
        (!from.is_empty()).then(|| from[self.below(from.len())])
    }

    fn subset<T: Copy>(&mut self, from: &[T]) -> Vec<T> {
        from.iter().copied().filter(|_| self.chance(30)).collect()
    }

    fn feeling(&mut self) -> Feeling {
        if self.chance(20) {
            Feeling::Custom(self.text())
        } else {
            Feeling::NAMED[self.below(Feeling::NAMED.len())].clone()
        }
    }

    fn channel(&mut self) -> Channel {
        if self.chance(20) {
            Channel::Custom(self.text())
        } else {
            Channel::BUILT_IN[self.below(Channel::BUILT_IN.len())].clone()
        }
    }

    fn emotion(&mut self) -> Option<Emotion> {
        self.chance(50).then(|| Emotion {
            valence: self.below(7) as i8 - 3,
            feeling: self.chance(50).then(|| self.feeling()),
        })
    }

    fn color(&mut self) -> Option<Rgb> {
        self.chance(30).then(|| {
            let c = self.next();
            Rgb::new(c as u8, (c >> 8) as u8, (c >> 16) as u8)
        })
    }

    fn project(&mut self) -> Project {
        let mut p = Project::new(self.text());
        p.description = self.text();
        p.settings.departments = self.texts(3);
        p.settings.channels = self.texts(2);
        p.settings.feelings = self.texts(2);
        p.settings.card_colors = if self.chance(50) {
            CardColoring::ByLane
        } else {
            CardColoring::ByEmotion
        };

        for _ in 0..self.below(4) {
            p.datasets.push(self.dataset());
        }
        let datasets: Vec<DatasetId> = p.datasets.iter().map(|d| d.id).collect();
        for _ in 0..self.below(5) {
            let persona = self.persona(&datasets);
            p.personas.push(persona);
        }
        let personas: Vec<PersonaId> = p.personas.iter().map(|x| x.id).collect();
        for _ in 0..self.below(5) {
            let e = self.evidence(&datasets);
            p.evidence.push(e);
        }
        let evidence: Vec<EvidenceId> = p.evidence.iter().map(|e| e.id).collect();
        for _ in 0..self.below(5) {
            let mut h = Hypothesis::new(self.ids.fresh(), self.text());
            h.status = HypothesisStatus::ALL[self.below(4)];
            h.owner = self.text();
            h.notes = self.text();
            h.personas = self.subset(&personas);
            h.evidence = self.subset(&evidence);
            p.hypotheses.push(h);
        }
        let hypotheses: Vec<HypothesisId> = p.hypotheses.iter().map(|h| h.id).collect();
        for _ in 0..self.below(4) {
            let j = self.journey(&personas, &hypotheses, &evidence, &datasets);
            p.journeys.push(j);
        }
        let journeys: Vec<JourneyId> = p.journeys.iter().map(|j| j.id).collect();
        for _ in 0..self.below(3) {
            p.parking_lot.push(ParkingNote {
                id: self.ids.fresh(),
                text: self.text(),
                journey: self.pick(&journeys).filter(|_| self.chance(50)),
            });
        }
        // Map some dataset columns onto cards and stages that exist.
        let cards: Vec<CardId> = p
            .journeys
            .iter()
            .flat_map(|j| j.cards.iter().map(|c| c.id))
            .collect();
        let stages: Vec<StageId> = p
            .journeys
            .iter()
            .flat_map(|j| j.stages.iter().map(|s| s.id))
            .collect();
        for d in &mut p.datasets {
            for column in &mut d.columns {
                if let ColumnRole::Item(targets) | ColumnRole::Verbatim(targets) = &mut column.role
                {
                    targets.extend(
                        cards
                            .iter()
                            .take(self.state as usize % 3)
                            .map(|c| ItemTarget::Card(*c)),
                    );
                    targets.extend(stages.iter().take(1).map(|s| ItemTarget::Stage(*s)));
                }
            }
        }
        p
    }

    fn persona(&mut self, datasets: &[DatasetId]) -> Persona {
        let mut persona = Persona::new(self.ids.fresh(), self.text(), self.text());
        persona.market = if self.chance(50) {
            Market::B2B
        } else {
            Market::B2C
        };
        if self.chance(30) {
            persona.photo = Some(Photo {
                format: if self.chance(50) {
                    ImageFormat::Png
                } else {
                    ImageFormat::Jpeg
                },
                width: self.below(500) as u32,
                height: self.below(500) as u32,
                data: self.text().into_bytes(),
            });
        }
        persona.avatar_color = self.color();
        persona.age = self.text();
        persona.location = self.text();
        persona.occupation = self.text();
        persona.demographics = (0..self.below(3))
            .map(|_| Field::new(self.text(), self.text()))
            .collect();
        persona.quote = self.text();
        persona.description = self.text();
        persona.goals = self.texts(3);
        persona.needs = self.texts(3);
        persona.expectations = self.texts(3);
        persona.frustrations = self.texts(3);
        persona.behaviours = self.texts(3);
        persona.channels = (0..self.below(3)).map(|_| self.channel()).collect();
        persona.sliders = (0..self.below(3))
            .map(|_| Slider {
                left: self.text(),
                right: self.text(),
                value: (self.below(1001) as f32) / 1000.0,
            })
            .collect();
        persona.validation = if self.chance(50) {
            Validation::Proto
        } else {
            Validation::Validated
        };
        persona.segment_rules = (0..self.below(3))
            .map(|_| SegmentRule {
                dataset: self.pick(datasets).filter(|_| self.chance(50)),
                column: self.text(),
                value: self.text(),
            })
            .collect();
        persona.custom_fields = (0..self.below(3))
            .map(|_| Field::new(self.text(), self.text()))
            .collect();
        persona
    }

    fn query(&mut self, datasets: &[DatasetId]) -> DataQuery {
        DataQuery {
            dataset: self.pick(datasets),
            column: self.text(),
            filter: (0..self.below(2))
                .map(|_| SegmentRule::new(self.text(), self.text()))
                .collect(),
            statistic: [
                Statistic::Mean,
                Statistic::TopBoxShare,
                Statistic::Nps,
                Statistic::Count,
            ][self.below(4)],
        }
    }

    fn figure(&mut self) -> Option<FigureValue> {
        self.chance(60).then(|| FigureValue {
            value: self.number(),
            n: self.next() % 100_000,
            ci_low: self.chance(50).then(|| self.number()),
            ci_high: self.chance(50).then(|| self.number()),
        })
    }

    fn evidence(&mut self, datasets: &[DatasetId]) -> Evidence {
        let kind = match self.below(4) {
            0 => EvidenceKind::Figure {
                query: self.query(datasets),
                compare_with: self
                    .chance(50)
                    .then(|| vec![SegmentRule::new(self.text(), self.text())]),
                value: self.figure(),
                compare_value: self.figure(),
            },
            1 => EvidenceKind::Verbatim {
                dataset: self.pick(datasets),
                row: self.chance(50).then(|| self.next() % 1000),
                column: self.text(),
                text: self.text(),
            },
            2 => EvidenceKind::Interview {
                who: self.text(),
                date: self.text(),
                text: self.text(),
            },
            _ => EvidenceKind::Document {
                location: self.text(),
            },
        };
        Evidence {
            id: self.ids.fresh(),
            title: self.text(),
            kind,
            note: self.text(),
        }
    }

    fn dataset(&mut self) -> Dataset {
        let columns: Vec<Column> = (0..=self.below(4))
            .map(|_| Column {
                name: self.text(),
                kind: [
                    ColumnKind::Number,
                    ColumnKind::Category,
                    ColumnKind::Text,
                    ColumnKind::Date,
                ][self.below(4)],
                role: match self.below(4) {
                    0 => ColumnRole::Ignored,
                    1 => ColumnRole::Segment,
                    2 => ColumnRole::Item(Vec::new()),
                    _ => ColumnRole::Verbatim(Vec::new()),
                },
                scale: self.chance(50).then(|| Scale {
                    min: self.number(),
                    max: self.number(),
                }),
                missing: self.texts(2),
            })
            .collect();
        let width = columns.len();
        let rows = (0..self.below(6))
            .map(|_| (0..width).map(|_| self.text()).collect::<Vec<_>>())
            .collect();
        Dataset {
            id: self.ids.fresh(),
            name: self.text(),
            source: DataSource {
                path: self.text(),
                format: if self.chance(50) {
                    SourceFormat::Csv {
                        delimiter: [',', ';', '\t', '|'][self.below(4)],
                        encoding: [
                            TextEncoding::Utf8,
                            TextEncoding::Utf8Bom,
                            TextEncoding::Latin1,
                        ][self.below(3)],
                        has_header: self.chance(80),
                    }
                } else {
                    SourceFormat::Xlsx { sheet: self.text() }
                },
                imported_at: self.text(),
            },
            columns,
            rows,
            outcome: self.chance(30).then(|| journeymap::model::Outcome {
                column: self.text(),
                satisfied: self.text(),
            }),
        }
    }

    fn journey(
        &mut self,
        personas: &[PersonaId],
        hypotheses: &[HypothesisId],
        evidence: &[EvidenceId],
        datasets: &[DatasetId],
    ) -> Journey {
        let mut j = Journey {
            id: self.ids.fresh(),
            name: self.text(),
            goal: self.text(),
            description: self.text(),
            personas: self.subset(personas),
            facilitator_notes: self.text(),
            locked: self.chance(20),
            ..Journey::default()
        };
        for _ in 0..self.below(5) {
            let mut stage = Stage::new(self.ids.fresh(), self.text(), Phase::ALL[self.below(3)]);
            stage.description = self.text();
            stage.color = self.color();
            stage.width = 0.25 + (self.below(300) as f32) / 40.0;
            stage.facilitator_notes = self.text();
            stage.locked = self.chance(20);
            for _ in 0..self.below(3) {
                let source = self.chance(30).then(|| self.query(datasets));
                stage.kpis.push(Kpi {
                    id: self.ids.fresh(),
                    name: self.text(),
                    unit: self.text(),
                    target: self.chance(70).then(|| self.number()),
                    actual: self.chance(70).then(|| self.number()),
                    better: if self.chance(50) {
                        Better::Higher
                    } else {
                        Better::Lower
                    },
                    source,
                });
            }
            j.stages.push(stage);
        }
        for _ in 0..self.below(5) {
            let mut lane = Lane::new(
                self.ids.fresh(),
                self.text(),
                LaneKind::ALL[self.below(LaneKind::ALL.len())],
            );
            lane.color = self.color();
            lane.height = 0.25 + (self.below(300) as f32) / 40.0;
            lane.locked = self.chance(20);
            j.lanes.push(lane);
        }
        for _ in 0..self.below(3) {
            let participants = (0..self.below(4))
                .map(|_| Participant {
                    id: self.ids.fresh(),
                    name: self.text(),
                })
                .collect();
            j.votes.push(VoteSession {
                id: self.ids.fresh(),
                question: self.text(),
                dots_per_participant: self.below(10) as u32,
                participants,
                open: self.chance(50),
                opened_at: self.text(),
                closed_at: self.text(),
            });
        }
        let stages: Vec<StageId> = j.stages.iter().map(|s| s.id).collect();
        let lanes: Vec<LaneId> = j.lanes.iter().map(|l| l.id).collect();
        let voters: Vec<(VoteId, ParticipantId)> = j
            .votes
            .iter()
            .flat_map(|v| v.participants.iter().map(move |p| (v.id, p.id)))
            .collect();
        if let (false, false) = (stages.is_empty(), lanes.is_empty()) {
            for _ in 0..self.below(16) {
                let stage = self.pick(&stages).unwrap_or_default();
                let lane = self.pick(&lanes).unwrap_or_default();
                let mut card = Card::new(self.ids.fresh(), stage, lane, self.text());
                card.notes = self.text();
                card.channel = self.chance(50).then(|| self.channel());
                card.contact = Contact::ALL[self.below(3)];
                card.department = self.text();
                card.emotion = self.emotion();
                card.target_emotion = self.emotion();
                card.effort = self.chance(50).then(|| 1 + self.below(5) as u8);
                card.moment_of_truth = self.chance(20);
                card.pain_point = self.chance(20);
                card.personas = self.subset(personas);
                card.hypotheses = self.subset(hypotheses);
                card.evidence = self.subset(evidence);
                card.votes = self
                    .subset(&voters)
                    .into_iter()
                    .map(|(session, participant)| CardVote {
                        session,
                        participant,
                        dots: self.below(5) as u32,
                    })
                    .collect();
                card.kano = (0..self.below(3))
                    .map(|_| KanoResponse {
                        functional: KanoAnswer::ALL[self.below(5)],
                        dysfunctional: KanoAnswer::ALL[self.below(5)],
                    })
                    .collect();
                card.color = self.color();
                j.cards.push(card);
            }
        }
        let cards: Vec<CardId> = j.cards.iter().map(|c| c.id).collect();
        for _ in 0..self.below(4) {
            if let (Some(from), Some(to)) = (self.pick(&cards), self.pick(&cards))
                && from != to
            {
                j.links.push(CardLink {
                    id: self.ids.fresh(),
                    from,
                    to,
                    label: self.text(),
                });
            }
        }
        j
    }
}

fn texts() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(
        prop_oneof![
            any::<String>(),
            "[a-zA-Z ,\"'\\\\\n\t()\\[\\]#:]{0,24}",
            Just(String::new()),
            Just("r#\"raw\"#".to_owned()),
            Just("Ünïcødé 😀 “quotes” ✓".to_owned()),
        ],
        1..24,
    )
}

fn numbers() -> impl Strategy<Value = Vec<f64>> {
    prop::collection::vec(
        prop_oneof![
            any::<f64>().prop_filter("finite", |x| x.is_finite()),
            -1e6..1e6f64,
            Just(0.0),
            Just(-0.0),
        ],
        1..8,
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_project_saves_and_loads_back_equal(seed in any::<u64>(), texts in texts(), numbers in numbers()) {
        let mut builder = Builder { state: seed | 1, texts, numbers, ids: IdGen::default() };
        let project = builder.project();
        let text = to_ron_string(&project).unwrap();
        let loaded = from_ron_str(&text, Path::new("prop.ron")).unwrap();
        prop_assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
        prop_assert_eq!(&loaded.project, &project);
        prop_assert_eq!(to_ron_string(&loaded.project).unwrap(), text);
    }
}

/// A valid project file to damage.
fn sample_file() -> &'static str {
    static TEXT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TEXT.get_or_init(|| to_ron_string(&synthetic::project(40)).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    /// Cut, flipped, or spliced files are refused or repaired, never a panic.
    #[test]
    fn damaged_files_never_panic(
        cut in any::<prop::sample::Index>(),
        flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 0..12),
        splice in any::<Option<(prop::sample::Index, String)>>(),
    ) {
        let mut bytes = sample_file().as_bytes().to_vec();
        for (at, byte) in flips {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        if let Some((at, text)) = splice {
            let i = at.index(bytes.len());
            bytes.splice(i..i, text.into_bytes());
        }
        let end = cut.index(bytes.len() + 1);
        bytes.truncate(end);

        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("damaged.ron");
        std::fs::write(&path, &bytes).unwrap();
        match journeymap::io::load(&path) {
            Ok(loaded) => {
                // Whatever loaded is consistent and saves back.
                let text = to_ron_string(&loaded.project).unwrap();
                let again = from_ron_str(&text, &path).unwrap();
                prop_assert!(again.problems.is_empty(), "{:?}", again.problems);
            }
            Err(err) => {
                let line = err.compiler_line();
                prop_assert!(line.contains("damaged.ron:"), "{line}");
            }
        }
    }
}
