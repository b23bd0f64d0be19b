// AlueVersion.swift — THE release version, in the one module alued and aluectl share, so that
// `alued --version`, `aluectl version`, system.status, rpc.discover and the Debian package (the
// Makefile reads this line) can never disagree. Bump it with a new CHANGELOG.md section.

public enum AlueVersion {
    public static let version = "0.1.0"
    /// The wire protocol's version (docs/architecture.md, "Wire protocol"); bumped only for
    /// incompatible changes.
    public static let protocolVersion = 2
}
