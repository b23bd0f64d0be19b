// DecisionLog/DecisionLogSettings.swift — the config's `decisionLog` object: whether answers are
// kept, for how long, and how many may wait for the disk before new ones are dropped.

/// `decisionLog: {enabled, retentionDays, queueCapacity}` in alued.json.
public struct DecisionLogSettings: Equatable, Sendable {
    /// Keep every answered decision (on by default; `--no-decision-log` or `false` switch it off).
    public var enabled = true
    /// Decisions older than this many days are deleted in the background.
    public var retentionDays = 365
    /// Decisions waiting for the background writer; beyond this, new ones are counted as dropped
    /// instead of slowing the answer down.
    public var queueCapacity = 10_000

    public init() {}

    /// The same settings with recording off.
    var switchedOff: DecisionLogSettings {
        var settings = self
        settings.enabled = false
        return settings
    }
}
