// Preview/SnapshotServices.swift — the daemon services of one fixed generation, for asking it the
// impact preview's questions through the real dispatcher: no ledger, no decision log (a preview's
// answers are nobody's decisions), one decision id for all (so equal answers are equal bytes).

import Foundation
import PluginAPI

final class SnapshotServices: DaemonServices {
    let log: Log
    let stats = RequestStats()
    private let snapshot: RuntimeSnapshot

    init(snapshot: RuntimeSnapshot, log: Log) {
        self.snapshot = snapshot
        self.log = log
    }

    var ledger: LedgerStore? { nil }

    func currentSnapshot() -> RuntimeSnapshot { snapshot }

    func statusInfo() -> DaemonStatusInfo {
        DaemonStatusInfo(pid: getpid(), uptimeSeconds: 0, ready: true, socket: snapshot.settings.socketPath, openConnections: 0)
    }

    func reload(requestedBy: String) -> ReloadOutcome {
        ReloadOutcome(ok: false, generation: snapshot.generation, messages: [LocalizedText(fi: "vaikutusten esikatselu ei lataa uudelleen", en: "an impact preview does not reload")])
    }

    func nextDecisionID() -> DecisionID { DecisionID(run: DecisionID.Run("preview"), counter: 0) }
}
