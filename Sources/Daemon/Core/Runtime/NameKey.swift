// Runtime/NameKey.swift — how names staff type are compared: municipalities, services, benefits
// and regions all match in any case, with or without ä/ö/å, spaces, hyphens or underscores.

import Foundation

enum NameKey {
    /// Lowercase letters and digits only, without diacritics: `Päijät-Häme`, `paijat_hame` and
    /// `PAIJATHAME` are all `paijathame`; `Mänttä-Vilppula` is `manttavilppula`.
    static func of(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .filter { $0.isLetter || $0.isNumber }
    }
}
