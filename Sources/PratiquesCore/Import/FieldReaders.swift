import Foundation
import Yams

/// Dates written as `YYYY-MM-DD`, checked to be real days.
public enum DateText {
    /// Whether `text` is a real day written `YYYY-MM-DD` (see ``Day``).
    public static func isValid(_ text: String) -> Bool { Day.isValid(text) }

    /// A day written `YYYY-MM-DD`, or `JJ/MM/AAAA` (`14/03/2025`, `1/3/2025`) as French
    /// spreadsheets write it, as `YYYY-MM-DD`; `nil` when it is neither or not a real day.
    public static func parse(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if isValid(trimmed) { return trimmed }
        let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].utf8.count), (1...2).contains(parts[1].utf8.count), parts[2].utf8.count == 4 else { return nil }
        let iso = "\(parts[2])-\(parts[1].count == 1 ? "0" : "")\(parts[1])-\(parts[0].count == 1 ? "0" : "")\(parts[0])"
        return isValid(iso) ? iso : nil
    }

    /// Today as `YYYY-MM-DD` (UTC).
    public static func today(_ date: Date = Date()) -> String { Day.today(date).description }

    static func read(_ node: Node, _ field: String, _ reader: YAMLNodeReader) -> String? {
        guard let text = reader.string(node, field) else { return nil }
        guard isValid(text) else {
            reader.report(node, field, .invalidValue, fr: "date \(MessageQuote.fr(text)) invalide (AAAA-MM-JJ attendu)",
                          en: "invalid date \(MessageQuote.en(text)) (expected YYYY-MM-DD)")
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
            reader.report(node, field, .invalidValue, fr: "rôle \(MessageQuote.fr(text)) inconnu (\(roles))", en: "unknown role \(MessageQuote.en(text)) (\(roles))")
            return nil
        }
        return role
    }
}

enum OrganisationFields {
    static let keys = ["id", "name", "legal_form", "siret", "departement", "epci", "sector", "size_band", "consent_named"]

    static func read(_ node: Node, _ field: String, _ reader: YAMLNodeReader) -> Organisation? {
        guard let fields = reader.mapping(node, field, allowed: keys, required: ["id", "name", "legal_form"]),
              let slug = fields["id"].flatMap({ reader.organisationID($0, "\(field).id") }),
              let name = fields["name"].flatMap({ reader.text($0, "\(field).name", as: .organisationName, nonEmpty: true) }),
              let formNode = fields["legal_form"], let formText = reader.string(formNode, "\(field).legal_form") else { return nil }
        guard let form = LegalForm(rawValue: formText) else {
            let forms = LegalForm.allCases.map(\.rawValue).joined(separator: ", ")
            reader.report(formNode, "\(field).legal_form", .invalidValue, fr: "forme juridique \(MessageQuote.fr(formText)) inconnue (\(forms))",
                          en: "unknown legal form \(MessageQuote.en(formText)) (\(forms))")
            return nil
        }
        var organisation = Organisation(slug: slug, name: name, legalForm: form)
        if let siretNode = fields["siret"], let siret = reader.string(siretNode, "\(field).siret") {
            if Organisation.isValidSIRET(siret) { organisation.siret = siret.filter { !$0.isWhitespace } } else {
                reader.report(siretNode, "\(field).siret", .invalidValue, fr: "SIRET \(MessageQuote.fr(siret)) invalide (14 chiffres, clé de Luhn)",
                              en: "invalid SIRET \(MessageQuote.en(siret)) (14 digits, Luhn key)")
            }
        }
        organisation.departement = fields["departement"].flatMap { reader.text($0, "\(field).departement", as: .organisationDetail) }
        organisation.epci = fields["epci"].flatMap { reader.text($0, "\(field).epci", as: .organisationDetail) }
        organisation.sector = fields["sector"].flatMap { reader.text($0, "\(field).sector", as: .organisationDetail) }
        if let sizeNode = fields["size_band"], let size = reader.string(sizeNode, "\(field).size_band") {
            organisation.sizeBand = SizeBand(rawValue: size)
            if organisation.sizeBand == nil {
                let bands = SizeBand.allCases.map(\.rawValue).joined(separator: ", ")
                reader.report(sizeNode, "\(field).size_band", .invalidValue, fr: "tranche d'effectif \(MessageQuote.fr(size)) inconnue (\(bands))",
                              en: "unknown size band \(MessageQuote.en(size)) (\(bands))")
            }
        }
        organisation.consentsToBeNamed = fields["consent_named"].flatMap { reader.bool($0, "\(field).consent_named") } ?? false
        return organisation
    }
}
