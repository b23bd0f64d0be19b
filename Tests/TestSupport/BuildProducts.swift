// BuildProducts.swift — where the tests find the built binaries and plugins, and the repository's files.

import Foundation

public enum BuildProducts {
    /// The build's bin directory: the test runner (AluePackageTests.xctest) lives in it, beside
    /// alued, aluectl and the plugin libraries `swift build`/`swift test` produced.
    public static let binDirectory: String = {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent().path
    }()

    public static var alued: String { "\(binDirectory)/alued" }
    public static var aluectl: String { "\(binDirectory)/aluectl" }

    /// `lib<name>.so` in the bin directory.
    public static func plugin(_ name: String) -> String { "\(binDirectory)/lib\(name).so" }
}

public enum Repository {
    /// The repository root, found from this file's location (Tests/TestSupport/BuildProducts.swift).
    public static let root: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }()

    public static var config: String { "\(root)/config/alued.json" }
    public static var dataDir: String { "\(root)/config/data" }
    /// Statistics Finland exports used by the import tests (Tests/Fixtures/Statistics).
    public static func statisticsFixture(_ name: String) -> String { "\(root)/Tests/Fixtures/Statistics/\(name)" }
}

/// A temporary directory removed when the value is deinitialised.
public final class TemporaryDirectory: Sendable {
    public let path: String

    public init(_ prefix: String = "alue-test") {
        let template = NSTemporaryDirectory() + "/\(prefix)-XXXXXX"
        var bytes = Array(template.utf8CString)
        let created = bytes.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        precondition(created != nil, "mkdtemp failed")
        path = String(decoding: bytes.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
