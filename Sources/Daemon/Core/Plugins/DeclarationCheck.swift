// Plugins/DeclarationCheck.swift — the checks a plugin's declaration must pass before it serves.

import PluginAPI

public enum DeclarationCheck {
    /// Problems with `declaration`, each a sentence; empty when it is sound. `taken` maps the
    /// member codes of regions already loaded to their region ids, to find overlaps.
    public static func problems(_ declaration: RegionDeclaration, directory: MunicipalityDirectory,
                                takenIDs: Set<String> = [], takenMembers: [MunicipalityCode: String] = [:]) -> [String] {
        var problems: [String] = []
        let id = declaration.id
        if id.isEmpty || !id.utf8.allSatisfy({ (97...122).contains($0) || (48...57).contains($0) || $0 == 45 })
            || id.hasPrefix("-") || id.hasSuffix("-") {
            problems.append("region id '\(id)' is not well-formed (lowercase letters, digits and '-')")
        }
        if takenIDs.contains(id) {
            problems.append("region id '\(id)' is already served by another plugin")
        }
        if declaration.members.isEmpty {
            problems.append("region '\(id)' declares no member municipalities")
        }
        var seen: Set<MunicipalityCode> = []
        for member in declaration.members {
            if !seen.insert(member.code).inserted {
                problems.append("member \(member.code) is listed twice")
            }
            guard let record = directory.record(member.code) else {
                problems.append("member \(member.code) (\(member.name)) is not a Finnish municipality code")
                continue
            }
            if record.nameFi != member.name {
                problems.append("member \(member.code) is called '\(member.name)', but the classification says '\(record.nameFi)'")
            }
            if let other = takenMembers[member.code] {
                problems.append("member \(member.ref) is already covered by region '\(other)' (overlapping regions)")
            }
        }
        if !declaration.members.contains(where: { $0.code == declaration.responsibleMunicipality.code }) {
            problems.append("responsible municipality \(declaration.responsibleMunicipality) is not among the members")
        }
        if declaration.basis.isEmpty {
            problems.append("the declaration cites no basis for its membership")
        }
        return problems
    }
}

extension MunicipalityRef {
    fileprivate var ref: String { "\(name) (\(code))" }
}
