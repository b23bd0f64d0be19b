// Data/BusinessAdvisors.swift — which regional development company gives business advice to new
// entrepreneurs in each member (plan §6 line 569: LADEC's owners; ProAgria in Heinola, Kärkölä, Sysmä).

import PluginAPI

enum BusinessAdvisors {
    /// Members that own LADEC Oy (Lahti, the main owner, is not a member).
    private static let ladecOwners: Set<MunicipalityCode> = ["098", "016", "081", "142", "560", "576"]
    /// Members where ProAgria currently operates.
    private static let proAgriaMunicipalities: Set<MunicipalityCode> = ["111", "316", "781"]

    /// The advisor for `municipality` and the passage naming it.
    static func of(_ municipality: MunicipalityCode) -> (party: Party, basis: Citation)? {
        if ladecOwners.contains(municipality) { return (Parties.ladec, Passage.ladecOwners) }
        if proAgriaMunicipalities.contains(municipality) { return (Parties.proAgria, Passage.proAgriaMunicipalities) }
        return nil
    }
}
