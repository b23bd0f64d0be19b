// Plugins/PluginStatus.swift — what system.status reports for each configured plugin.

/// The state of one plugin library in the current generation.
public struct PluginStatus: Equatable, Sendable, Codable {
    public enum State: String, Sendable, Codable {
        case loaded, failed, disabled
    }

    /// The region id once known; before that the name the config used.
    public var id: String
    public var state: State
    public var version: String?
    public var library: String
    public var error: String?

    public init(id: String, state: State, version: String? = nil, library: String, error: String? = nil) {
        self.id = id
        self.state = state
        self.version = version
        self.library = library
        self.error = error
    }
}
