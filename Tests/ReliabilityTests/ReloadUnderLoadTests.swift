// ReloadUnderLoadTests.swift — SIGHUP every 100 ms for 10 s while clients query steadily: not one
// request may fail or go unanswered, and every reload must take.

import AlueWire
import Foundation
import Synchronization
import TestSupport
import Testing

@Suite struct ReloadUnderLoadTests {
    @Test func sighupEveryHundredMillisecondsLosesNoRequest() throws {
        let daemon = try DaemonProcess()
        let stop = Atomic<Bool>(false)
        let answered = Atomic<Int>(0)
        let failures = Mutex<[String]>([])
        let group = DispatchGroup()
        for client in 0..<4 {
            group.enter()
            Thread {
                defer { group.leave() }
                do {
                    let connection = try daemon.connect()
                    let municipalities = ["Kempele", "Hollola", "Forssa", "Iitti"]
                    while !stop.load(ordering: .relaxed) {
                        let answer = try connection.request("route", .object([
                            ("municipality", .string(municipalities[client])), ("service", .string("tyokokeilu")),
                            ("date", .string("2025-06-01"))]))
                        guard answer["result"]?["delivery"] != nil else {
                            failures.withLock { $0.append(answer.jsonText) }
                            return
                        }
                        answered.add(1, ordering: .relaxed)
                    }
                } catch {
                    failures.withLock { $0.append("\(error)") }
                }
            }.start()
        }
        for _ in 0..<100 {
            kill(daemon.pid, SIGHUP)
            usleep(100_000)
        }
        stop.store(true, ordering: .relaxed)
        group.wait()
        #expect(failures.withLock { $0 }.isEmpty, "\(failures.withLock { $0.prefix(3) })")
        // Load really ran during the storm (how much depends on the machine, so no floor beyond that).
        #expect(answered.load(ordering: .relaxed) > 0)
        // Signals that arrive while a reload runs coalesce, so not all 100 become generations; but
        // the daemon must come out of the storm still reloading: one more SIGHUP, one more generation.
        let connection = try daemon.connect()
        func generation() throws -> Int { try connection.call("system.status")["generation"]?.intValue ?? 0 }
        let afterStorm = try generation()
        #expect(afterStorm > 1)
        #expect(try connection.call("system.stats")["reloads"]?["failed"] == .number("0"))
        kill(daemon.pid, SIGHUP)
        try eventually(timeout: 60, "a reload after the storm") { try generation() > afterStorm }
        print("reload under load: \(answered.load(ordering: .relaxed)) requests answered, 0 lost, generation \(afterStorm) after the storm")
    }
}
