//! The workshop timer's chime: three short tones on the default sound device, played
//! on a thread of their own. Without a sound device nothing plays (the flashing
//! countdown still signals the end).

use std::time::Duration;

use rodio::Source;
use rodio::source::SineWave;

/// The tones of the chime, in hertz: up, down, up.
const TONES: [f32; 3] = [880.0, 660.0, 880.0];
const TONE: Duration = Duration::from_millis(260);
const GAP: Duration = Duration::from_millis(90);

/// The chime, and how many times it rang.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chime {
    /// Sound goes to the sound device (off in tests, which only count).
    to_device: bool,
    rung: u32,
}

impl Chime {
    pub fn new(to_device: bool) -> Self {
        Self { to_device, rung: 0 }
    }

    /// Rings once (on a thread; returns at once).
    pub fn ring(&mut self) {
        self.rung = self.rung.saturating_add(1);
        if self.to_device {
            play();
        }
    }

    pub fn rung(&self) -> u32 {
        self.rung
    }
}

/// Starts the chime and returns at once.
fn play() {
    let spawned = std::thread::Builder::new()
        .name("timer_chime".into())
        .spawn(|| {
            let Ok(mut device) = rodio::DeviceSinkBuilder::open_default_sink() else {
                return;
            };
            device.log_on_drop(false);
            let player = rodio::Player::connect_new(device.mixer());
            for (i, freq) in TONES.into_iter().enumerate() {
                let tone = SineWave::new(freq)
                    .take_duration(TONE)
                    .fade_in(Duration::from_millis(15))
                    .amplify(0.25);
                if i == 0 {
                    player.append(tone);
                } else {
                    player.append(tone.delay(GAP));
                }
            }
            player.sleep_until_end();
        });
    // A thread that cannot start leaves the visible signal alone.
    drop(spawned);
}
