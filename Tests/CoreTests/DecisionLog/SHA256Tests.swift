// SHA256Tests.swift — the decision log's own SHA-256 against the FIPS 180-4 examples and
// sha256sum, fed in one piece and in uneven pieces (the incremental path).

@testable import AlueCore
import Foundation
import TestSupport
import Testing

@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func knownDigests(input: String, digest: String) {
        #expect(SHA256.hex(of: Array(input.utf8)) == digest)
    }

    @Test func piecesGiveTheSameDigestAsOneBuffer() {
        let bytes = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 7) }
        var pieces = SHA256()
        var start = 0
        for size in [1, 63, 64, 65, 127, 1000, 4096] + Array(repeating: 7919, count: 20) where start < bytes.count {
            let end = min(bytes.count, start + size)
            pieces.update(bytes[start..<end])
            start = end
        }
        pieces.update(bytes[start...])
        #expect(pieces.hex() == SHA256.hex(of: bytes))
    }

    @Test(.enabled(if: HostTools.path("sha256sum") != nil)) func aLibraryDigestMatchesSha256sum() throws {
        let library = BuildProducts.plugin("FixtureRegion")
        let result = try CommandRunner.run(try HostTools.require("sha256sum"), [library])
        let expected = String(result.stdout.prefix(64))
        #expect(SHA256.hex(of: try #require(FileManager.default.contents(atPath: library))) == expected)
    }
}
