// DecisionLog/DecisionID.swift — a decision's id, `<run>-<counter>`: the run names the daemon
// process that answered, the counter rises through it. Handed out as its parts, so the answer and
// the log write it without formatting a string and parsing it back.

import AlueWire

public struct DecisionID: Sendable, Equatable {
    /// The name of a daemon run, made a token once (it goes into answers unescaped).
    public struct Run: Sendable, Equatable {
        public let name: String

        /// `name` with every byte that is not a letter, digit, `-`, `_` or `.` dropped; "run" if none is left.
        public init(_ name: String) {
            let kept = String(decoding: name.utf8.filter { byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                     UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."): true
                default: false
                }
            }, as: UTF8.self)
            self.name = kept.isEmpty ? "run" : kept
        }
    }

    public let run: Run
    public let counter: Int64

    public init(run: Run, counter: Int64) {
        self.run = run
        self.counter = counter
    }

    /// `<run>-<counter>` taken apart; nil for an id no run can have handed out.
    public init?(_ text: String) {
        let bytes = text.utf8
        guard let dash = bytes.lastIndex(of: UInt8(ascii: "-")), let counter = Int64(Substring(bytes[bytes.index(after: dash)...])) else { return nil }
        let name = String(Substring(bytes[..<dash]))
        let run = Run(name)
        guard run.name == name else { return nil }
        self.init(run: run, counter: counter)
    }

    public var text: String { "\(run.name)-\(counter)" }

    /// Appends the id's text (a token: no quotes or escapes needed).
    public func write(into writer: inout JSONWriter) {
        writer.raw(run.name.utf8)
        writer.raw("-")
        writer.integer(counter)
    }
}
