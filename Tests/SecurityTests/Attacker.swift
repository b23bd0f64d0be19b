// Attacker.swift — the condition for the attack reproductions that need an unprivileged uid.

import TestSupport
import Testing

extension Trait where Self == ConditionTrait {
    /// For an attack played by an unprivileged user: setpriv needs root, which CI has.
    static var needsRootToDropPrivileges: Self {
        .enabled(if: OtherUser.available, "skipped: needs root to play an unprivileged attacker with setpriv (CI runs the tests as root)")
    }
}
