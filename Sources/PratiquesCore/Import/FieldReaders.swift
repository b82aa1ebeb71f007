import Foundation
import Yams

/// Dates written as `YYYY-MM-DD`, checked to be real days.
public enum DateText {
    /// Whether `text` is a real day written `YYYY-MM-DD` (see ``Day``).
    public static func isValid(_ text: String) -> Bool { Day.isValid(text) }

    /// Today as `YYYY-MM-DD` (UTC).
    public static func today(_ date: Date = Date()) -> String { Day.today(date).description }

    static func read(_ node: Node, _ field: String, _ reader: YAMLNodeReader) -> String? {
        guard let text = reader.string(node, field) else { return nil }
        guard isValid(text) else {
            reader.report(node, field, .invalidValue, fr: "date « \(text) » invalide (AAAA-MM-JJ attendu)",
                          en: "invalid date '\(text)' (expected YYYY-MM-DD)")
            return nil
        }
        return text
    }
}

enum RoleText {
    static func read(_ node: Node, _ field: String, _ reader: YAMLNodeReader) -> RespondentRole? {
        guard let text = reader.string(node, field) else { return nil }
        guard let role = RespondentRole(parsing: text) else {
            let roles = RespondentRole.allCases.map(\.rawValue).joined(separator: ", ")
            reader.report(node, field, .invalidValue, fr: "rôle « \(text) » inconnu (\(roles))", en: "unknown role '\(text)' (\(roles))")
            return nil
        }
        return role
    }
}

enum OrganisationFields {
    static let keys = ["id", "name", "legal_form", "siret", "departement", "epci", "sector", "size_band", "consent_named"]

    static func read(_ node: Node, _ field: String, _ reader: YAMLNodeReader) -> Organisation? {
        guard let fields = reader.mapping(node, field, allowed: keys, required: ["id", "name", "legal_form"]),
              let slug = fields["id"].flatMap({ reader.slug($0, "\(field).id") }),
              let name = fields["name"].flatMap({ reader.nonEmptyString($0, "\(field).name") }),
              let formNode = fields["legal_form"], let formText = reader.string(formNode, "\(field).legal_form") else { return nil }
        guard let form = LegalForm(rawValue: formText) else {
            let forms = LegalForm.allCases.map(\.rawValue).joined(separator: ", ")
            reader.report(formNode, "\(field).legal_form", .invalidValue, fr: "forme juridique « \(formText) » inconnue (\(forms))",
                          en: "unknown legal form '\(formText)' (\(forms))")
            return nil
        }
        var organisation = Organisation(slug: slug, name: name, legalForm: form)
        if let siretNode = fields["siret"], let siret = reader.string(siretNode, "\(field).siret") {
            if Organisation.isValidSIRET(siret) { organisation.siret = siret.filter { !$0.isWhitespace } } else {
                reader.report(siretNode, "\(field).siret", .invalidValue, fr: "SIRET « \(siret) » invalide (14 chiffres, clé de Luhn)",
                              en: "invalid SIRET '\(siret)' (14 digits, Luhn key)")
            }
        }
        organisation.departement = fields["departement"].flatMap { reader.string($0, "\(field).departement") }
        organisation.epci = fields["epci"].flatMap { reader.string($0, "\(field).epci") }
        organisation.sector = fields["sector"].flatMap { reader.string($0, "\(field).sector") }
        if let sizeNode = fields["size_band"], let size = reader.string(sizeNode, "\(field).size_band") {
            organisation.sizeBand = SizeBand(rawValue: size)
            if organisation.sizeBand == nil {
                let bands = SizeBand.allCases.map(\.rawValue).joined(separator: ", ")
                reader.report(sizeNode, "\(field).size_band", .invalidValue, fr: "tranche d'effectif « \(size) » inconnue (\(bands))",
                              en: "unknown size band '\(size)' (\(bands))")
            }
        }
        organisation.consentsToBeNamed = fields["consent_named"].flatMap { reader.bool($0, "\(field).consent_named") } ?? false
        return organisation
    }
}
