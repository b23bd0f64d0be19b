// Bench/ScaleBench.swift — the scale check: alued with a synthetic region of 300 municipalities
// (the ScaleRegion fixture) must start and route as fast as with the three real regions.

import Foundation

enum ScaleBench {
    struct Figures {
        var startupMilliseconds: Double
        var residentKiB: Int
        var firstMember: LoadResult
        var lastMember: LoadResult
    }

    static func run(alued: String, pluginDirectory: String, requests: Int, config: String?) throws -> Figures {
        let library = "\(pluginDirectory)/libScaleRegion.so"
        guard FileManager.default.fileExists(atPath: library) else {
            throw BenchError("--scale needs \(library) (built by `swift build`; it is a test fixture)")
        }
        let directory = NSTemporaryDirectory() + "alue-bench-scale-plugins-\(getpid())"
        try? FileManager.default.removeItem(atPath: directory)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.copyItem(atPath: library, toPath: "\(directory)/libScaleRegion.so")
        let daemon = try BenchDaemon(executable: alued, config: config, extraArguments: ["--plugin-dir", directory], name: "scale")
        defer { daemon.stop() }
        // Alajärvi (005) is the first of the 300 members and Virrat (936) the last: the cost of a
        // route must not depend on where the municipality stands.
        func route(_ municipality: String) -> [UInt8] {
            Array((#"{"jsonrpc":"2.0","id":1,"method":"route","params":{"municipality":"\#(municipality)","service":"palkkatuki","date":"2025-06-01"}}"# + "\n").utf8)
        }
        let first = try LoadGenerator.run(path: daemon.socketPath, request: route("005"), count: requests, mode: .sequential, isError: BenchRun.isError)
        let last = try LoadGenerator.run(path: daemon.socketPath, request: route("Virrat"), count: requests, mode: .sequential, isError: BenchRun.isError)
        return Figures(startupMilliseconds: daemon.startupMilliseconds, residentKiB: daemon.residentKiB, firstMember: first, lastMember: last)
    }
}
