//! The workshop timer: minutes per exercise, start, pause, reset, a countdown the
//! room can read, and a signal at the end. It lives with the app, not the project.

use std::time::{Duration, Instant};

/// How long the first exercise runs, by default.
const DEFAULT_MINUTES: u32 = 10;

#[derive(Clone, Debug, PartialEq)]
pub struct Timer {
    /// The exercise's length.
    pub length: Duration,
    /// Time left when last paused or reset.
    left: Duration,
    /// Running since, with `left` to go at that moment.
    since: Option<Instant>,
    /// The timer window is open.
    pub shown: bool,
    /// A chime sounds when the time is up.
    pub sound: bool,
}

impl Default for Timer {
    fn default() -> Self {
        let length = Duration::from_secs(u64::from(DEFAULT_MINUTES) * 60);
        Self {
            length,
            left: length,
            since: None,
            shown: false,
            sound: true,
        }
    }
}

impl Timer {
    pub fn running(&self) -> bool {
        self.since.is_some() && !self.finished()
    }

    /// Time left now (zero once it has run out).
    pub fn remaining(&self) -> Duration {
        match self.since {
            Some(t) => self.left.saturating_sub(t.elapsed()),
            None => self.left,
        }
    }

    /// Ran out (and was not reset since).
    pub fn finished(&self) -> bool {
        self.remaining().is_zero() && self.length > Duration::ZERO
    }

    /// Whether it was started, ran and is not back at its full length.
    pub fn touched(&self) -> bool {
        self.since.is_some() || self.left != self.length
    }

    pub fn start(&mut self) {
        if self.since.is_none() && !self.finished() {
            self.since = Some(Instant::now());
        }
    }

    pub fn pause(&mut self) {
        self.left = self.remaining();
        self.since = None;
    }

    /// Start or pause.
    pub fn toggle(&mut self) {
        if self.running() {
            self.pause();
        } else {
            self.start();
        }
    }

    /// Back to the full length, stopped.
    pub fn reset(&mut self) {
        self.left = self.length;
        self.since = None;
    }

    /// A new length (stops and resets).
    pub fn set_length(&mut self, length: Duration) {
        self.length = length;
        self.reset();
    }

    /// The timer as a live session shares it with the other laptops.
    pub fn shared(&self) -> crate::sync::SharedTimer {
        let ms = |d: Duration| u64::try_from(d.as_millis()).unwrap_or(u64::MAX);
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        crate::sync::SharedTimer {
            length_ms: ms(self.length),
            left_ms: ms(self.remaining()),
            ends_at_ms: self.running().then(|| ms(now + self.remaining())),
        }
    }

    /// Shows the facilitator's timer: its length, and running to the same end or
    /// paused at the same time left. The window opens with it.
    pub fn follow(&mut self, shared: &crate::sync::SharedTimer) {
        self.length = Duration::from_millis(shared.length_ms);
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        if let Some(end) = shared.ends_at_ms {
            self.left = Duration::from_millis(end).saturating_sub(now);
            self.since = Some(Instant::now());
        } else {
            self.left = Duration::from_millis(shared.left_ms);
            self.since = None;
        }
        self.shown = true;
    }

    /// "09:41" (minutes and seconds left, rounded up so 0:00 means over).
    pub fn text(&self) -> String {
        let left = self.remaining();
        let secs = left.as_secs() + u64::from(left.subsec_nanos() > 0);
        format!("{:02}:{:02}", secs / 60, secs % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_down_pauses_and_resets() {
        let mut t = Timer::default();
        assert_eq!(t.text(), "10:00");
        t.set_length(Duration::from_millis(250));
        assert_eq!(t.text(), "00:01");
        t.start();
        assert!(t.running());
        std::thread::sleep(Duration::from_millis(60));
        t.pause();
        let paused = t.remaining();
        assert!(paused < Duration::from_millis(250) && !t.running());
        std::thread::sleep(Duration::from_millis(60));
        assert_eq!(t.remaining(), paused, "a paused timer stands still");
        t.toggle();
        std::thread::sleep(Duration::from_millis(260));
        assert!(t.finished() && !t.running());
        assert_eq!(t.text(), "00:00");
        t.start();
        assert!(t.finished(), "a finished timer does not start again");
        t.reset();
        assert!(!t.finished() && !t.touched());
        assert_eq!(t.remaining(), Duration::from_millis(250));
    }
}
