// CentralServices.swift — the centralised services whose rule is more than the centralised mode
// with a passage: a second cost item (start-up grant), a contradiction a parameter settles
// (work-arrangement subsidy), a case that moves (self-motivated study), places and channels the
// plan names (career guidance, the employers' phone, general advice).

import PluginAPI

extension Rules {
    /// L368: decisions and payments centralised, paid for by the client's municipality (L646); the
    /// statements the decision needs are purchased (L317) and split by the key (L640).
    func startUpGrant(_ member: Member?) -> ServiceRule {
        var cost = Costs.causerPays([("Starttirahapäätökset ja maksatus", 646)])
        cost.grounds = cost.grounds.adding([Plan.annex2(.annex2Purchased, "Starttirahalaisunnat")], notes: [LocalizedText(
            fi: "Päätöksen edellyttämät ostettavat lausunnot jaetaan «VOS-PERIAATTEILLA» (LIITE 2 «Starttirahalaisunnat», r. 640).",
            en: "The purchased statements the decision needs are split «VOS-PERIAATTEILLA» (LIITE 2 «Starttirahalaisunnat», L640).")])
        return centralised(member, [Plan.paymentFunctions, Plan.cite(.payments, "368", "Starttirahapäätökset ja starttirahan maksatus;"),
                                    Plan.cite(.employers, "317", "b. Starttirahapäätöksen tekemiseksi tarvittavat lausunnot")],
                           listed: ["Starttirahapäätökset ja maksatus"], cost: cost, notes: [LocalizedText(
                            fi: "Oulu tekee starttirahapäätökset ja maksaa starttirahan keskitetysti (r. 368). Päätöksen edellyttämät lausunnot "
                                + "ostetaan (r. 317).",
                            en: "Oulu makes the start-up grant decisions and pays the grant centrally (L368). The statements the decision needs "
                                + "are purchased (L317).")])
    }

    /// L309: centralised. LIITE 2 lists the subsidy under both principles (L640 and L649), so the
    /// parameter `tyoolosuhteiden_jarjestelytuki_cost` decides the cost, citing both lines.
    func arrangementSubsidy(_ member: Member?) -> ServiceRule {
        let setting = settings.arrangementSubsidyCost
        let causer = Costs.causerPays([("Työskentelyolosuhteiden järjestelytuki", 649)])
        let shared = sharedOwnProduction("Työolosuhteiden järjestelytuki")
        var cost = setting.value == .causerPays ? causer : shared
        cost.grounds = Grounds(setting, basis: causer.grounds.basis + shared.grounds.basis).adding(notes: [LocalizedText(
            fi: "Kustannus: LIITE 2 luettelee tuen kumpaankin ryhmään, «VOS-PERIAATTEILLA» (r. 640) ja «AIHEUTTAMISPERIAATTEILLA» "
                + "(r. 649). Oletustulkinta: maksettava tuki on asiakkaan kotikunnan (kuten palkkatuki ja starttiraha), käsittelytyö "
                + "keskitettyjen palveluiden yhteistä; toinen tulkinta jakaa kaiken jakoavaimella.",
            en: "Cost: LIITE 2 lists the subsidy under both principles, «VOS-PERIAATTEILLA» (L640) and «AIHEUTTAMISPERIAATTEILLA» "
                + "(L649). Default reading: the subsidy paid out is the client's home municipality's (as pay subsidy and start-up "
                + "grant), the handling work is shared with the centralised services; the other reading splits all of it by the key.")])
        return centralised(member, [Plan.centralisedEmployerServices, Plan.cite(.employers, "309", "d. Työolosuhteiden järjestelytuki")],
                           listed: ["Työolosuhteiden järjestelytuki"], cost: cost, notes: [LocalizedText(
                            fi: "Oulu hoitaa työolosuhteiden järjestelytuen keskitetysti (r. 304, 309).",
                            en: "Oulu handles the work-arrangement subsidy centrally (L304, L309).")])
    }

    /// L197–199: psychologists work in Oulu and also see clients locally by appointment, in
    /// municipalities the plan does not name (a parameter lists them).
    func careerGuidance(_ member: Member?) -> ServiceRule {
        let rule = centralised(member, [Plan.ownCompetenceServices,
                                        Plan.cite(.competence, "197", "b. Ammatinvalinta- ja uraohjaus (ohjauskeskustelut ja psykologiset testit)."),
                                        Plan.cite(.competence, "199", "Psykologien toteuttamat palvelut keskitetään ja psykologit työskentelevät vastuukunnassa."),
                                        Plan.cite(.competence, "199", "Psykologien palvelua tuotetaan myös lähipalveluna kuntiin ajanvarauksella."),
                                        Plan.annex1(.annex1Local, "AmmatINVALINTA - ja uraohjaus (psykologipalvelu keskitetään)")],
                               listed: ["AmmatINVALINTA - ja uraohjaus"], caseOwner: .usuallyTheCoach, locations: [Locations.psychologistsInOulu],
                               cost: sharedOwnProduction("AmmatINVALINTA ja uraohjaus (psykologipalvelu)"), notes: [LocalizedText(
                                fi: "Psykologit työskentelevät vastuukunnassa ja ottavat asiakkaita vastaan myös kunnissa ajanvarauksella (r. 199); "
                                    + "suunnitelma ei nimeä näitä kuntia. Uraohjausta ilman psykologisia arviointeja voi antaa kuntien oma "
                                    + "henkilöstö tai keskitetysti hankittu ostopalvelu (r. 199).",
                                en: "Psychologists work in the responsible municipality and also see clients locally by appointment (L199); the "
                                    + "plan names no municipality for the appointments. Career guidance without psychological assessment may be "
                                    + "given by the members' own staff or bought centrally (L199).")])
        return withLocalPoint(rule, member, settings.psychologistMunicipalities, Locations.psychologistAppointments)
    }

    /// L193–195: the suitability decision is the client's municipality's; during the study the case
    /// moves to a central expert in Oulu.
    func selfMotivatedStudy(_ member: Member?) -> ServiceRule {
        centralised(member, [Plan.ownCompetenceServices, Plan.cite(.competence, "193", "a. Omaehtoinen opiskelu työttömyysetuudella (OEO)."),
                             Plan.cite(.competence, "195", "Palvelun soveltuvuuden ratkaisu ja palvelun aikainen suunnitelman päivittäminen tehdään kunnassa."),
                             Plan.cite(.competence, "195", "OEO:n aikana työnhakija-asiakas siirretään keskitetyn palvelun asiantuntijan asiakkuuteen.")],
                    listed: ["Omaehtoinen opiskelu työttömyysetuudella"], caseOwner: .stated(CaseOwner.centralStudyExpert),
                    cost: sharedOwnProduction("Omaehtoinen opiskelu työttömyysetuudella"), notes: [LocalizedText(
                        fi: "Soveltuvuuden ratkaisee ja suunnitelman päivittää asiakkaan kotikunta; opiskelun ajan asiakas on Oulun keskitetyn "
                            + "palvelun asiantuntijan asiakas, joka hoitaa ilmoitukset oppilaitokselle, seurannan, seuraamukset ja lausunnot "
                            + "(r. 195). Suunnitelma ei kerro, kenelle asiakkuus palaa opiskelun jälkeen.",
                        en: "The suitability decision and plan updates are made by the client's own municipality; during the study the "
                            + "client is a client of a central expert in Oulu, who notifies the school, follows up, handles sanctions and "
                            + "statements (L195). The plan does not say who takes the case back afterwards.")])
    }

    /// L107, L298: the area's central BusinessOulu phone replaces the local employers' line. The
    /// plan lists no such service in LIITE 1 or 2: it is read as a channel of the centralised
    /// employer advice, whose cost is LIITE 2's «Neuvontapalvelut».
    func employersPhone(_ member: Member?) -> ServiceRule {
        let rule = centralised(member, [Plan.cite(.advice, "107", "Ouluun keskitetty työllisyysalueen puhelinpalvelu (BusinessOulu)"),
                                        Plan.cite(.advice, "107", "tulee korvaamaan valtakunnallisen henkilöasiakkaan puhelinpalvelun sekä paikallisen työnantajapuhelinpalvelun"),
                                        Plan.cite(.employers, "298", "(keskitettynä yhteinen palvelunumero työnantajille)")],
                               listed: ["Yritys- ja työnantajaneuvonta"], provider: Parties.businessOulu, channels: [.phone],
                               cost: sharedOwnProduction("Neuvontapalvelut"), notes: [LocalizedText(
                                fi: "Alueen keskitetty BusinessOulun puhelinpalvelu korvaa paikallisen työnantajapuhelinpalvelun (r. 107); "
                                    + "työnantajilla on yhteinen palvelunumero (r. 298). Suunnitelma ei anna numeroa.",
                                en: "The area's central BusinessOulu phone service replaces the local employers' phone line (L107); employers "
                                    + "have one common service number (L298). The plan gives no number.")])
        return rule.read(as: LocalizedText(
            fi: "Päätelty: työnantajapuhelin luetaan keskitetyn yritys- ja työnantajaneuvonnan kanavaksi (LIITE 1) ja sen kustannus "
                + "LIITE 2:n «Neuvontapalvelut»-eräksi (r. 640).",
            en: "Inferred: the employers' phone is read as a channel of the centralised business and employer advice (LIITE 1), "
                + "its cost as LIITE 2's «Neuvontapalvelut» (L640)."), in: [.procurement, .cost])
    }

    /// §2.1: central advice for the whole area (BusinessOulu's phone and video, OuluBOT, chat, the
    /// regional pages) plus each member's own service point; walk-in at BusinessAsema for Oulu
    /// residents (L107), at International House for foreign-language clients (L459).
    func advice(_ member: Member?, client: ClientFacts) -> ServiceRule {
        let walkIn = settings.walkInForAllMembers
        var locations = [Locations.businessAsema, Locations.oulu10, Locations.internationalHouse]
        var passages = [Plan.cite(.advice, "88", "Lakisääteiset tieto-, neuvonta- ja ohjauspalvelut tullaan tuottamaan työllisyysalueella osin keskitetysti ja osin lähipalveluna kunnissa."),
                        Plan.cite(.advice, "100-103", "- OuluBOT; - Oulu10:n chat-neuvonta; - BusinessOulun etäneuvonta videon välityksellä sekä; - Työmarkkinatorin aluesivut."),
                        Plan.cite(.advice, "105", "Työllisyysalueen keskitetyt tieto-, neuvonta- ja ohjauspalvelut henkilö- ja työnantaja-asiakkaille järjestetään yhteistyössä BusinessOulun ja Oulu10:n palveluneuvonnan kesken."),
                        Plan.cite(.advice, "107", "Ouluun keskitetty työllisyysalueen puhelinpalvelu (BusinessOulu) tarjoaa henkilökohtaista asiantuntijan tarjoamaa asiakaspalvelua työllisyys- ja elinkeinoasioissa koko työllisyysalueella"),
                        Plan.cite(.advice, "107", "Ajanvaraukseton käyntiasiointi toteutetaan oululaisille asiakkaille BusinessAsemalla."),
                        Plan.cite(.delegated, "123", "Näiden osalta on saatavilla sekä vastuukunnan toteuttama keskitetty palvelu että kuntiin delegoitava lähipalvelu."),
                        Plan.cite(.stakeholdersAdvice, "459", "Kuntien omissa asiointipisteissä ohjaus ja neuvonta palveluihin."),
                        Plan.annex1(.annex1Local, "Neuvontapalvelut")] + Self.unemploymentSecurityPassages
        if let member {
            locations = [Locations.ownServicePoint(member)]
            if member.isResponsible { locations.append(Locations.oulu10) } else if walkIn.value { locations.append(Locations.businessAsema) }
            if client.foreignLanguage {
                locations.append(Locations.internationalHouse)
                passages.append(Plan.cite(.stakeholdersAdvice, "459", "Vieraskielisten asiakkaiden ajanvaraukseton käyntiasiointi International Housessa"))
            }
        }
        var cost = sharedOwnProduction("Neuvontapalvelut")
        cost.grounds = cost.grounds.adding([Plan.localFinancing], notes: [LocalizedText(
            fi: "Kunnan antama neuvonta osana asiakkaan palveluprosessia on lähipalvelua ja kunnan omaa kustannusta (r. 617).",
            en: "The advice each member gives within the client's service process is a local service at its own cost (L617).")])
        var rule = centralised(member, passages, listed: ["Työvoimapalveluiden neuvonta"], provider: Parties.businessOulu,
                               locations: locations, channels: [.phone, .video, .online, .inPerson], cost: cost, notes: [LocalizedText(
                                fi: "Koko alueen keskitetty neuvonta: BusinessOulun puhelinpalvelu, joka korvaa valtakunnallisen "
                                    + "henkilöasiakkaan puhelinpalvelun (r. 107), BusinessOulun etäneuvonta videolla, OuluBOT, Oulu10:n chat ja "
                                    + "Työmarkkinatorin aluesivut (r. 100–103). Kunnat neuvovat lisäksi asiakkaan palveluprosessin osana omissa "
                                    + "asiointipisteissään (r. 107, 459). Ajanvaraukseton käyntiasiointi: BusinessAsema oululaisille (r. 107), "
                                    + "International House Oulu vieraskielisille asiakkaille (r. 459).",
                                en: "Central advice for the whole area: the BusinessOulu phone service, which replaces the national "
                                    + "personal-client line (L107), BusinessOulu video advice, OuluBOT, Oulu10 chat and the Työmarkkinatori "
                                    + "regional pages (L100-103). Each member also advises within the client's service process at its own points "
                                    + "(L107, L459). Walk-in without appointment: BusinessAsema for Oulu residents (L107), International House "
                                    + "Oulu for foreign-language clients (L459)."),
                                unemploymentSecurityNote(settings.unemploymentSecurityAdvice)])
        if member?.isResponsible == false, walkIn.value {
            rule.route.grounds = rule.route.grounds.adding([], walkIn.status, notes: [walkIn.note])
        }
        return rule
    }

    /// Where the plan puts unemployment-security advice: LIITE 1 among Oulu's own production, the body
    /// with the state (L109) and the Uusimaa ELY centre (L460).
    static let unemploymentSecurityPassages = [
        Plan.annex1(.annex1Centralised, "Työttömyysturvaneuvonta"),
        Plan.cite(.advice, "109", "Valtakunnallisista puhelinpalveluista hyödynnetään valtion vastuulle jäävää sähköisten palveluiden (Työmarkkinatori) ja työttömyysturva-asioiden neuvontapalvelua"),
        Plan.cite(.stakeholdersAdvice, "460", "Uudenmaan ELY-keskuksen työttömyysturvaneuvonta asiakkaille."),
    ]

    /// LIITE 1 lists unemployment-security advice as Oulu's own production (L630); the body leaves it
    /// to the state's national phone service (L109) and the Uusimaa ELY centre (L460): a parameter
    /// says which reading staff are told.
    private func unemploymentSecurityNote(_ setting: DatedSetting<UnemploymentSecurityAdvice>) -> LocalizedText {
        let who = setting.value == .state
            ? LocalizedText(fi: "valtion valtakunnalliseen puhelinpalveluun (r. 109) ja Uudenmaan ELY-keskuksen työttömyysturvaneuvontaan (r. 460)",
                            en: "the state's national phone service (L109) and the Uusimaa ELY centre (L460)")
            : LocalizedText(fi: "Oulun keskitettyyn neuvontaan (LIITE 1, «Työttömyysturvaneuvonta»)",
                            en: "Oulu's central advice (LIITE 1, «Työttömyysturvaneuvonta»)")
        return LocalizedText(fi: "Työttömyysturva-asiat ohjataan \(who.fi); suunnitelma nimeää molemmat (LIITE 1 vs. r. 109, 460). ",
                             en: "Unemployment-security questions go to \(who.en); the plan names both (LIITE 1 vs L109, L460). ")
            + setting.note
    }
}
