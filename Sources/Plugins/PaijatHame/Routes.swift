// Routes.swift — the common shapes of the area's routing facts: a local service at the member's service
// point, a service the area gives for the whole area, and a service bought from a provider.

import PluginAPI

enum Routes {
    /// The area's hybrid model of client work: in person, by video, by phone and online (plan §5 line 490).
    static let hybrid: [Channel] = [.inPerson, .video, .phone, .online]

    /// A service the area gives at the member's local service point, by appointment, in its hybrid model
    /// (plan §5): the service point's preliminary address (lines 500–510) and the passages on local service
    /// are added to `grounds`, which say why the service is local.
    static func local(at member: MunicipalityRef?, delivery: Delivery = .local, provider: Party = Parties.area,
                      _ grounds: Grounds) -> RouteFacts {
        let point = member.flatMap { ServicePoints.of($0.code) }
        return RouteFacts(
            delivery: delivery, provider: provider, locations: point.map { [$0.location] } ?? [], channels: hybrid,
            grounds: grounds.adding([Passage.hybridChannels, Passage.servicePoints, Passage.preliminaryAddresses, Passage.mobileOrFixed]
                                    + (point.map { [$0.basis] } ?? []),
                                    notes: [LocalizedText(
                                        fi: "Toimipisteen osoite on alustava (suunnitelma 25.9.2023, r. 500); lähipalvelu voidaan toteuttaa "
                                            + "myös liikkuvana palvelutorina kunnan osoittamissa tiloissa (r. 492).",
                                        en: "The service point's address is preliminary (plan of 25.9.2023, L500); the local service may "
                                            + "also come as a mobile 'palvelutori' in premises the municipality provides (L492).")]))
    }

    /// A service the area itself gives for the whole area (decisions, payments, specialists), under Hollola.
    static func area(channels: [Channel] = hybrid, _ grounds: Grounds) -> RouteFacts {
        RouteFacts(delivery: .centralized, provider: Parties.area, channels: channels,
                   grounds: channels == hybrid ? grounds.adding([Passage.hybridChannels]) : grounds)
    }

    /// A service bought from `provider`. The documents name no channels or case owner for bought services.
    static func purchased(from provider: Party, _ grounds: Grounds) -> RouteFacts {
        RouteFacts(delivery: .purchased, provider: provider, grounds: grounds)
    }
}
