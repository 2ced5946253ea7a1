//! Writes `saves/airline.ron`: an airline journey (booking, check-in, airport,
//! flight, arrival) for three personas, with a customer-satisfaction survey imported
//! and mapped onto its touchpoints, stage KPIs computed from it, and hypotheses with
//! evidence computed from the data. Figures are computed here exactly as the app
//! computes them, so the example shows what the tool finds.
//!
//! `cargo run --example make_airline -- SURVEY.csv saves/airline.ron`

#![allow(
    clippy::expect_used,
    clippy::too_many_lines,
    reason = "a one-off generator: it stops loudly when it cannot go on"
)]
#![allow(
    clippy::many_single_char_names,
    reason = "p, j: the project and journey; l, m, s: the three personas, on every card line"
)]

use std::path::Path;

use journeymap::analysis::evidence;
use journeymap::io::table;
use journeymap::model::{
    Better, Card, Channel, ColumnRole, DataQuery, DataSource, Dataset, Emotion, Evidence,
    EvidenceKind, Feeling, Hypothesis, HypothesisStatus, IdGen, ItemTarget, Journey, Kpi, Lane,
    LaneKind, Market, Outcome, Persona, Phase, Project, SegmentRule, Slider, Stage, Statistic,
    Validation,
};

fn main() {
    let mut args = std::env::args().skip(1);
    let survey = args
        .next()
        .unwrap_or_else(|| "../shared/data/airline_passenger_satisfaction.csv".into());
    let out = args.next().unwrap_or_else(|| "saves/airline.ron".into());
    let table = table::load(Path::new(&survey)).expect("the survey file");
    // Named from the example's folder, as the app writes a source near the project.
    let source = journeymap::io::data_source::stored(Path::new(&survey), Path::new(&out));
    let project = build(&table, source);
    journeymap::io::save(Path::new(&out), &project).expect("written");
    println!(
        "wrote {out}: {} cards, {} survey rows",
        project.card_count(),
        project.datasets[0].rows.len()
    );
}

// (stage, lane, title, channel, valence, personas, pain, moment of truth, survey columns)
type Spec<'a> = (
    &'a Stage,
    &'a Lane,
    &'a str,
    Option<Channel>,
    Option<i8>,
    Vec<journeymap::model::PersonaId>,
    bool,
    bool,
    &'a [&'a str],
);

fn build(table: &table::Table, source: String) -> Project {
    let mut ids = IdGen::default();
    let mut p = Project {
        name: "Nordwind Air".into(),
        description: "An airline's trip from booking to baggage, checked against 13,524 answers to the passenger satisfaction survey.".into(),
        ..Project::default()
    };

    // Personas, selected in the survey by their segment rules.
    let mut lena = Persona::new(ids.fresh(), "Lena Fischer", "Business traveller");
    lena.market = Market::B2B;
    lena.validation = Validation::Validated;
    lena.age = "38".into();
    lena.location = "Hamburg".into();
    lena.occupation = "Management consultant".into();
    lena.quote = "Every minute at the airport is a minute I'm not billing.".into();
    lena.description = "Flies twice a month, mostly short and medium routes, always with hand luggage. Checks in on the app the evening before and boards with her phone.".into();
    lena.goals = vec![
        "Arrive on time for the first meeting".into(),
        "Work on board".into(),
    ];
    lena.needs = vec![
        "Mobile boarding that just works".into(),
        "Wifi good enough for email and slides".into(),
    ];
    lena.frustrations = vec![
        "Wifi that drops on every flight".into(),
        "Gate changes announced too late".into(),
    ];
    lena.behaviours = vec!["Books through the corporate travel tool, changes on the app".into()];
    lena.channels = vec![Channel::MobileApp, Channel::Web];
    lena.sliders = vec![Slider {
        left: "Price-driven".into(),
        right: "Time-driven".into(),
        value: 0.85,
    }];
    lena.segment_rules = vec![SegmentRule::new("Type of Travel", "Business")];

    let mut marco = Persona::new(ids.fresh(), "Marco Rossi", "Family on holiday");
    marco.age = "44".into();
    marco.location = "Milan".into();
    marco.occupation = "Teacher".into();
    marco.quote = "The holiday starts when we sit down, not before.".into();
    marco.description = "Flies twice a year with his wife and two children; books months ahead, checks two suitcases, chooses seats together.".into();
    marco.goals = vec![
        "Sit together as a family".into(),
        "Keep the trip within budget".into(),
    ];
    marco.needs = vec![
        "Clear prices for seats and bags".into(),
        "A short queue at the desk".into(),
    ];
    marco.frustrations = vec![
        "Fees that appear at the last step".into(),
        "Cramped seats on the long leg".into(),
    ];
    marco.channels = vec![Channel::Web, Channel::InPerson];
    marco.sliders = vec![Slider {
        left: "Price-driven".into(),
        right: "Time-driven".into(),
        value: 0.2,
    }];
    marco.segment_rules = vec![SegmentRule::new("Type of Travel", "Personal")];

    let mut sofia = Persona::new(ids.fresh(), "Sofia Lind", "First-time customer");
    sofia.validation = Validation::Proto;
    sofia.age = "27".into();
    sofia.location = "Uppsala".into();
    sofia.occupation = "Nurse".into();
    sofia.quote = "I don't know the airport and I don't want to get it wrong.".into();
    sofia.description = "Her first flight with Nordwind, to a friend's wedding; reads every e-mail twice and arrives early.".into();
    sofia.goals = vec!["Not miss anything".into()];
    sofia.needs = vec!["Plain instructions at each step".into()];
    sofia.frustrations = vec!["Jargon on the booking pages".into()];
    sofia.channels = vec![Channel::Web, Channel::Email];
    sofia.segment_rules = vec![SegmentRule::new("Customer Type", "First-time")];

    let personas = [lena.id, marco.id, sofia.id];
    let (l, m, s) = (lena.id, marco.id, sofia.id);
    p.personas = vec![lena, marco, sofia];

    let mut j = Journey {
        id: ids.fresh(),
        name: "Trip by air".into(),
        goal: "Get to the destination on time, rested, with the luggage".into(),
        description: "From comparing flights to collecting the bags. Touchpoints carry the survey's ratings (1-5, 0 = not answered); the emotion curve is the team's belief, the data says where it holds.".into(),
        personas: personas.to_vec(),
        facilitator_notes: "Start with the wifi and the desk queue: the data disagrees with what the cabin team expects.".into(),
        ..Journey::default()
    };
    let stage = |ids: &mut IdGen, name: &str, phase| Stage::new(ids.fresh(), name, phase);
    let book = stage(&mut ids, "Plan and book", Phase::Before);
    let check = stage(&mut ids, "Check in", Phase::Before);
    let airport = stage(&mut ids, "Airport and boarding", Phase::During);
    let flight = stage(&mut ids, "In flight", Phase::During);
    let arrive = stage(&mut ids, "Arrival and baggage", Phase::After);
    let lane = |ids: &mut IdGen, name: &str, kind| Lane::new(ids.fresh(), name, kind);
    let actions = lane(&mut ids, "Customer actions", LaneKind::Actions);
    let touch = lane(&mut ids, "Touchpoints", LaneKind::Touchpoints);
    let figures = lane(&mut ids, "Survey figures", LaneKind::Data);
    let thoughts = lane(&mut ids, "Thoughts", LaneKind::Thoughts);
    let emotions = lane(&mut ids, "Emotions", LaneKind::Emotions);
    let pains = lane(&mut ids, "Pain points", LaneKind::PainPoints);
    let ideas = lane(&mut ids, "Opportunities", LaneKind::Opportunities);
    let backstage = lane(&mut ids, "Backstage", LaneKind::Backstage);

    let specs: Vec<Spec<'_>> = vec![
        (
            &book,
            &actions,
            "Compares fares and flight times",
            Some(Channel::Web),
            None,
            vec![],
            false,
            false,
            &[],
        ),
        (
            &book,
            &actions,
            "Books and pays",
            Some(Channel::Web),
            None,
            vec![],
            false,
            false,
            &[],
        ),
        (
            &book,
            &touch,
            "Booking website",
            Some(Channel::Web),
            None,
            vec![],
            false,
            false,
            &["Ease of Online Booking"],
        ),
        (
            &book,
            &touch,
            "Flight schedule",
            Some(Channel::Web),
            None,
            vec![],
            false,
            false,
            &["Departure and Arrival Time Convenience"],
        ),
        (
            &book,
            &thoughts,
            "Will the times fit my meetings?",
            None,
            None,
            vec![l],
            false,
            false,
            &[],
        ),
        (
            &book,
            &emotions,
            "Relieved: the fare is fixed",
            None,
            Some(1),
            vec![l],
            false,
            false,
            &[],
        ),
        (
            &book,
            &emotions,
            "Annoyed by the seat fee at the last step",
            None,
            Some(-1),
            vec![m],
            false,
            false,
            &[],
        ),
        (
            &book,
            &emotions,
            "Unsure what “basic fare” includes",
            None,
            Some(-1),
            vec![s],
            false,
            false,
            &[],
        ),
        (
            &book,
            &pains,
            "Booking form times out on mobile",
            Some(Channel::MobileApp),
            None,
            vec![],
            true,
            false,
            &[],
        ),
        (
            &book,
            &ideas,
            "Show every fee on the first page",
            None,
            None,
            vec![],
            false,
            false,
            &[],
        ),
        (
            &book,
            &backstage,
            "Revenue management sets fares",
            None,
            None,
            vec![],
            false,
            false,
            &[],
        ),
        (
            &check,
            &actions,
            "Checks in on the app or at the desk",
            None,
            None,
            vec![],
            false,
            false,
            &[],
        ),
        (
            &check,
            &touch,
            "Check-in desk",
            Some(Channel::InPerson),
            None,
            vec![],
            false,
            false,
            &["Check-in Service"],
        ),
        (
            &check,
            &touch,
            "App check-in",
            Some(Channel::MobileApp),
            None,
            vec![l],
            false,
            false,
            &[],
        ),
        (
            &check,
            &emotions,
            "Done in a minute on the app",
            None,
            Some(2),
            vec![l],
            false,
            false,
            &[],
        ),
        (
            &check,
            &emotions,
            "Forty minutes in the bag-drop queue",
            None,
            Some(-2),
            vec![m],
            false,
            false,
            &[],
        ),
        (
            &check,
            &emotions,
            "Glad a person checks the documents",
            None,
            Some(1),
            vec![s],
            false,
            false,
            &[],
        ),
        (
            &check,
            &pains,
            "One desk open for three flights",
            Some(Channel::InPerson),
            None,
            vec![m],
            true,
            false,
            &[],
        ),
        (
            &check,
            &backstage,
            "Desk staffing by shift",
            None,
            None,
            vec![],
            false,
            false,
            &[],
        ),
        (
            &airport,
            &actions,
            "Finds the gate and boards",
            None,
            None,
            vec![],
            false,
            false,
            &[],
        ),
        (
            &airport,
            &touch,
            "Gate",
            Some(Channel::InPerson),
            None,
            vec![],
            false,
            false,
            &["Gate Location"],
        ),
        (
            &airport,
            &touch,
            "Boarding with the phone",
            Some(Channel::MobileApp),
            None,
            vec![],
            false,
            true,
            &["Online Boarding"],
        ),
        (
            &airport,
            &thoughts,
            "Which gate? Has it changed?",
            None,
            None,
            vec![s],
            false,
            false,
            &[],
        ),
        (
            &airport,
            &emotions,
            "Boarding pass on the phone just works",
            None,
            Some(2),
            vec![l],
            false,
            true,
            &[],
        ),
        (
            &airport,
            &emotions,
            "Long walk to a far gate with children",
            None,
            Some(-1),
            vec![m],
            false,
            false,
            &[],
        ),
        (
            &airport,
            &emotions,
            "Nervous until the gate opens",
            None,
            Some(-1),
            vec![s],
            false,
            false,
            &[],
        ),
        (
            &airport,
            &pains,
            "Gate changed at short notice",
            None,
            None,
            vec![],
            true,
            false,
            &[],
        ),
        (
            &airport,
            &ideas,
            "Push gate changes to the app",
            Some(Channel::MobileApp),
            None,
            vec![],
            false,
            false,
            &[],
        ),
        (
            &flight,
            &touch,
            "Seat and leg room",
            Some(Channel::InPerson),
            None,
            vec![],
            false,
            false,
            &["Seat Comfort", "Leg Room Service"],
        ),
        (
            &flight,
            &touch,
            "Cabin crew",
            Some(Channel::InPerson),
            None,
            vec![],
            false,
            false,
            &["On-board Service", "In-flight Service"],
        ),
        (
            &flight,
            &touch,
            "Food and drink",
            Some(Channel::InPerson),
            None,
            vec![],
            false,
            false,
            &["Food and Drink"],
        ),
        (
            &flight,
            &touch,
            "On-board wifi",
            None,
            None,
            vec![],
            false,
            false,
            &["In-flight Wifi Service"],
        ),
        (
            &flight,
            &touch,
            "Entertainment",
            None,
            None,
            vec![],
            false,
            false,
            &["In-flight Entertainment"],
        ),
        (
            &flight,
            &touch,
            "Clean cabin",
            None,
            None,
            vec![],
            false,
            false,
            &["Cleanliness"],
        ),
        (
            &flight,
            &emotions,
            "Friendly crew",
            None,
            Some(2),
            vec![],
            false,
            false,
            &[],
        ),
        (
            &flight,
            &emotions,
            "Wifi too slow to send the slides",
            None,
            Some(-2),
            vec![l],
            false,
            false,
            &[],
        ),
        (
            &flight,
            &emotions,
            "Knees against the seat in front",
            None,
            Some(-2),
            vec![m],
            false,
            false,
            &[],
        ),
        (
            &flight,
            &pains,
            "Wifi drops on every flight",
            None,
            None,
            vec![l],
            true,
            true,
            &[],
        ),
        (
            &flight,
            &ideas,
            "Reliable wifi on business routes",
            None,
            None,
            vec![],
            false,
            false,
            &[],
        ),
        (
            &flight,
            &backstage,
            "Catering partner loads at the hub",
            None,
            None,
            vec![],
            false,
            false,
            &[],
        ),
        (
            &arrive,
            &actions,
            "Waits for the bags",
            None,
            None,
            vec![m],
            false,
            false,
            &[],
        ),
        (
            &arrive,
            &touch,
            "Baggage belt",
            Some(Channel::InPerson),
            None,
            vec![m],
            false,
            false,
            &["Baggage Handling"],
        ),
        (
            &arrive,
            &emotions,
            "Bags come quickly",
            None,
            Some(1),
            vec![m],
            false,
            false,
            &[],
        ),
        (
            &arrive,
            &emotions,
            "On time for the meeting",
            None,
            Some(2),
            vec![l],
            false,
            false,
            &[],
        ),
        (
            &arrive,
            &emotions,
            "Made it, and nothing went wrong",
            None,
            Some(2),
            vec![s],
            false,
            false,
            &[],
        ),
        (
            &arrive,
            &pains,
            "Arrival delays not announced",
            None,
            None,
            vec![],
            true,
            false,
            &[],
        ),
        (
            &arrive,
            &backstage,
            "Ground handling partner",
            None,
            None,
            vec![],
            false,
            false,
            &[],
        ),
    ];
    let mut mapped: Vec<(String, ItemTarget)> = Vec::new();
    let mut wifi_card = None;
    let mut boarding_card = None;
    let mut desk_card = None;
    let mut booking_card = None;
    for (st, ln, title, channel, valence, who, pain, truth, columns) in specs {
        let mut card = Card::new(ids.fresh(), st.id, ln.id, title);
        card.channel = channel;
        // Touchpoints carry what the team believed in the workshop, before the data.
        let believed = valence.or_else(|| {
            (ln.kind == LaneKind::Touchpoints)
                .then(|| team_belief(title))
                .flatten()
        });
        card.emotion = believed.map(|v| Emotion {
            feeling: Some(Feeling::from_label(feeling(v))),
            ..Emotion::new(v)
        });
        card.personas = who;
        card.pain_point = pain;
        card.moment_of_truth = truth;
        for column in columns {
            mapped.push(((*column).to_owned(), ItemTarget::Card(card.id)));
        }
        match title {
            "On-board wifi" => wifi_card = Some(card.id),
            "Boarding with the phone" => boarding_card = Some(card.id),
            "Check-in desk" => desk_card = Some(card.id),
            "Booking website" => booking_card = Some(card.id),
            _ => {}
        }
        j.cards.push(card);
    }
    j.stages = vec![book, check, airport, flight, arrive];
    j.lanes = vec![
        actions, touch, figures, thoughts, emotions, pains, ideas, backstage,
    ];

    // The survey, as the import window would set it up, mapped onto the cards.
    let mut columns = journeymap::io::columns::suggested_columns(table);
    for column in &mut columns {
        let targets: Vec<ItemTarget> = mapped
            .iter()
            .filter(|(name, _)| *name == column.name)
            .map(|(_, t)| *t)
            .collect();
        if !targets.is_empty() {
            column.role = ColumnRole::Item(targets);
        }
        if column.name == "Age" {
            column.role = ColumnRole::Segment;
        }
    }
    let dataset_id = ids.fresh();
    p.datasets.push(Dataset {
        id: dataset_id,
        name: "Passenger satisfaction survey".into(),
        source: DataSource {
            path: source,
            format: table.format.clone(),
            imported_at: "2026-12-01T09:00:00Z".into(),
        },
        columns,
        rows: table.rows.clone(),
        // The survey's own overall question: the Kano classes can be derived.
        outcome: Some(Outcome {
            column: "Satisfaction".into(),
            satisfied: "Satisfied".into(),
        }),
    });

    // Stage KPIs, their actual values from the survey.
    let kpi = |ids: &mut IdGen, name: &str, target: f64, column: &str, statistic| Kpi {
        id: ids.fresh(),
        name: name.into(),
        unit: if statistic == Statistic::TopBoxShare {
            "%".into()
        } else {
            "points".into()
        },
        target: Some(target),
        actual: None,
        better: Better::Higher,
        source: Some(DataQuery {
            dataset: Some(dataset_id),
            column: column.into(),
            filter: Vec::new(),
            statistic,
        }),
    };
    j.stages[0].kpis = vec![kpi(
        &mut ids,
        "Satisfied with online booking (4-5)",
        50.0,
        "Ease of Online Booking",
        Statistic::TopBoxShare,
    )];
    j.stages[1].kpis = vec![kpi(
        &mut ids,
        "Check-in service, mean",
        3.5,
        "Check-in Service",
        Statistic::Mean,
    )];
    j.stages[2].kpis = vec![kpi(
        &mut ids,
        "Satisfied with online boarding (4-5)",
        55.0,
        "Online Boarding",
        Statistic::TopBoxShare,
    )];
    j.stages[3].kpis = vec![
        kpi(
            &mut ids,
            "Wifi, mean",
            3.5,
            "In-flight Wifi Service",
            Statistic::Mean,
        ),
        kpi(
            &mut ids,
            "Seat comfort, mean",
            3.5,
            "Seat Comfort",
            Statistic::Mean,
        ),
    ];
    j.stages[4].kpis = vec![kpi(
        &mut ids,
        "Satisfied with baggage handling (4-5)",
        60.0,
        "Baggage Handling",
        Statistic::TopBoxShare,
    )];
    // KPIs read only the data: a project holding just it answers them.
    let data = Project {
        datasets: p.datasets.clone(),
        ..Project::default()
    };
    for stage in &mut j.stages {
        for k in &mut stage.kpis {
            if let Some(q) = &k.source {
                k.actual = evidence::figure(&data, q, &[]).map(|v| v.value);
            }
        }
    }
    p.journeys.push(j);

    // Hypotheses, with figures from the survey.
    let group = |column: &str, value: &str| vec![SegmentRule::new(column, value)];
    let figure = |title: &str,
                  column: &str,
                  statistic,
                  filter: Vec<SegmentRule>,
                  compare: Option<Vec<SegmentRule>>,
                  ids: &mut IdGen,
                  p: &Project| {
        let query = DataQuery {
            dataset: Some(dataset_id),
            column: column.into(),
            filter,
            statistic,
        };
        let (value, compare_value) = evidence::compute(p, &query, compare.as_deref());
        Evidence {
            id: ids.fresh(),
            title: title.into(),
            kind: EvidenceKind::Figure {
                query,
                compare_with: compare,
                value,
                compare_value,
            },
            note: String::new(),
        }
    };
    let boarding = figure(
        "Mean of Online Boarding: Business vs. Personal",
        "Online Boarding",
        Statistic::Mean,
        group("Type of Travel", "Business"),
        Some(group("Type of Travel", "Personal")),
        &mut ids,
        &p,
    );
    let wifi = figure(
        "Mean of In-flight Wifi Service, every passenger",
        "In-flight Wifi Service",
        Statistic::Mean,
        Vec::new(),
        None,
        &mut ids,
        &p,
    );
    let booking = figure(
        "Mean of Ease of Online Booking: First-time vs. Returning",
        "Ease of Online Booking",
        Statistic::Mean,
        group("Customer Type", "First-time"),
        Some(group("Customer Type", "Returning")),
        &mut ids,
        &p,
    );
    let desk = figure(
        "Top-box share of Check-in Service: Personal vs. Business",
        "Check-in Service",
        Statistic::TopBoxShare,
        group("Type of Travel", "Personal"),
        Some(group("Type of Travel", "Business")),
        &mut ids,
        &p,
    );
    let interview = Evidence {
        id: ids.fresh(),
        title: "Interview: family of four, MXP–ARN".into(),
        kind: EvidenceKind::Interview {
            who: "Family of four, MXP–ARN".into(),
            date: "12 October 2026".into(),
            text: "“The legroom is fine for an hour. On the four-hour flight to the Canaries the kids were climbing over us.”".into(),
        },
        note: String::new(),
    };
    // What the figures say: the first group clearly above (+1) or below (-1) the
    // other, their 95% intervals apart; 0 when the intervals overlap.
    let compared = |e: &Evidence| match &e.kind {
        EvidenceKind::Figure {
            value: Some(a),
            compare_value: Some(b),
            ..
        } => {
            let (a_lo, a_hi) = (a.ci_low.unwrap_or(a.value), a.ci_high.unwrap_or(a.value));
            let (b_lo, b_hi) = (b.ci_low.unwrap_or(b.value), b.ci_high.unwrap_or(b.value));
            Some(if a_lo > b_hi {
                1
            } else if a_hi < b_lo {
                -1
            } else {
                0
            })
        }
        _ => None,
    };
    let status_if = |holds: bool| {
        if holds {
            HypothesisStatus::Supported
        } else {
            HypothesisStatus::Refuted
        }
    };
    let wifi_mean = match &wifi.kind {
        EvidenceKind::Figure { value: Some(v), .. } => v.value,
        _ => 0.0,
    };
    let mut h = |statement: &str,
                 status,
                 about: Vec<journeymap::model::PersonaId>,
                 evidence: Vec<&Evidence>,
                 owner: &str| {
        let mut x = Hypothesis::new(ids.fresh(), statement);
        x.status = status;
        x.personas = about;
        x.owner = owner.into();
        x.evidence = evidence.iter().map(|e| e.id).collect();
        x
    };
    let h1 = h(
        "Business travellers rate online boarding higher than personal travellers.",
        status_if(compared(&boarding) == Some(1)),
        vec![l, m],
        vec![&boarding],
        "Digital (Jonas Berg)",
    );
    let h2 = h(
        "On-board wifi is the weakest part of the flight (below 3 of 5).",
        status_if(wifi_mean < 3.0),
        vec![l],
        vec![&wifi],
        "Cabin products (Eva Holm)",
    );
    let h3 = h(
        "First-time customers find online booking harder than returning ones.",
        status_if(compared(&booking) == Some(-1)),
        vec![s],
        vec![&booking],
        "Digital (Jonas Berg)",
    );
    let h4 = h(
        "Families are less satisfied with check-in than business travellers.",
        status_if(compared(&desk) == Some(-1)),
        vec![m],
        vec![&desk],
        "Ground operations (Piotr Nowak)",
    );
    let h5 = h(
        "Leg room matters more to families on flights over three hours.",
        HypothesisStatus::Untested,
        vec![m],
        vec![&interview],
        "Cabin products (Eva Holm)",
    );
    let links = [
        (boarding_card, h1.id),
        (wifi_card, h2.id),
        (booking_card, h3.id),
        (desk_card, h4.id),
    ];
    for (card, hypothesis) in links {
        let card = card.expect("the card exists");
        if let Some(c) = p.journeys[0].card_mut(card) {
            c.hypotheses.push(hypothesis);
        }
    }
    p.hypotheses = vec![h1, h2, h3, h4, h5];
    p.evidence = vec![boarding, wifi, booking, desk, interview];
    p
}

fn feeling(valence: i8) -> &'static str {
    match valence {
        v if v <= -2 => "Frustrated",
        -1 => "Annoyed",
        0 => "Indifferent",
        1 => "Relieved",
        _ => "Delighted",
    }
}

/// How the team believed customers feel at each touchpoint, before the survey.
fn team_belief(touchpoint: &str) -> Option<i8> {
    Some(match touchpoint {
        "Booking website"
        | "Boarding with the phone"
        | "Cabin crew"
        | "On-board wifi"
        | "Clean cabin" => 2,
        "Flight schedule" | "Check-in desk" | "Seat and leg room" | "Entertainment" => 1,
        "Gate" | "Food and drink" => 0,
        "Baggage belt" => -1,
        _ => return None,
    })
}
