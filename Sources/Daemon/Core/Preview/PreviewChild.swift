// Preview/PreviewChild.swift — the child side of an impact preview (`alued --preview-child`): build
// the candidate generation from the config, data and plugins on disk exactly as a reload would, say
// what it serves, then answer the parent's questions over stdin/stdout with the real dispatcher. A
// candidate that traps kills this process only.

import AlueWire
import Foundation
import PluginAPI

enum PreviewChild {
    /// Runs the child; stdin and stdout are one end of a socket pair to the parent.
    static func run(options: DaemonOptions, log: Log) -> Int32 {
        let snapshot: RuntimeSnapshot
        do {
            let settings = try DaemonSettings.resolve(options: options)
            // Built as a reload builds it, so a plugin that would make the reload fail fails the preview too.
            snapshot = try RuntimeSnapshot.build(settings: settings, generation: 0, log: log, occasion: .reload, probeInChild: true)
        } catch {
            emit(.object([("ready", .bool(false)), ("messages", .array(SnapshotError.messages(of: error).map(\.json)))]))
            return 1
        }
        emit(.object([("ready", .bool(true)), ("scope", ImpactScope(snapshot).json),
                      ("plugins", .array(snapshot.regions.statuses.map(\.json)))]))
        let dispatcher = Dispatcher(daemon: SnapshotServices(snapshot: snapshot, log: log))
        let reader = LineReader(fd: 0, maxLineBytes: 1 << 20)
        let encoder = ResponseEncoder()
        var pending: [UInt8] = []
        while case .line(let line) = (try? reader.next()) ?? .endOfStream {
            pending += dispatcher.handle(line: line, peer: nil, encoder: encoder) ?? []
            pending.append(0x0A)
            if !reader.hasBufferedLine {
                guard (try? UnixSocket.writeAll(1, pending)) != nil else { return 1 }
                pending.removeAll(keepingCapacity: true)
            }
        }
        return 0
    }

    private static func emit(_ value: JSONValue) {
        try? UnixSocket.writeAll(1, JSONWriter.encode(value) + [0x0A])
    }
}

extension LocalizedText {
    /// `{fi, en}`: how the child hands the parent a message it answers in the caller's language.
    var json: JSONValue { .object([("fi", .string(fi)), ("en", .string(en))]) }

    init?(json: JSONValue) {
        guard let fi = json["fi"]?.stringValue, let en = json["en"]?.stringValue else { return nil }
        self.init(fi: fi, en: en)
    }
}

extension PluginStatus {
    var json: JSONValue {
        var members: [(key: String, value: JSONValue)] = [("id", .string(id)), ("state", .string(state.rawValue))]
        if let version { members.append(("version", .string(version))) }
        members.append(("library", .string(library)))
        if let error { members.append(("error", .string(error))) }
        return .object(members)
    }

    init?(json: JSONValue) {
        guard let id = json["id"]?.stringValue, let state = json["state"]?.stringValue.flatMap(State.init(rawValue:)),
              let library = json["library"]?.stringValue else { return nil }
        self.init(id: id, state: state, version: json["version"]?.stringValue, library: library, error: json["error"]?.stringValue)
    }
}
