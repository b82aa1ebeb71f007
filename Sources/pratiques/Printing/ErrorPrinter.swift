import PratiquesApp
import PratiquesCore

/// A refusal as the person at the terminal reads it: the use case's message, with the command
/// to type next where there is one.
enum ErrorPrinter {
    /// The refusal as printed, located issues one per line.
    static func message(_ failure: any LocalizedFailure, _ l: Language) -> String {
        switch failure {
        case let error as WorkspaceError: return message(error, l)
        case let refusal as ImportRefusal: return refusal.issues.map { located($0).message(in: l) }.joined(separator: "\n")
        case let input as InputError: return input.issues.map { $0.message(in: l) }.joined(separator: "\n")
        default: return failure.message(in: l)
        }
    }

    static func message(_ error: WorkspaceError, _ l: Language) -> String {
        let base = error.message(in: l)
        switch error {
        case .unknownOrganisation, .unknownMember: return base + HintText.organisations[l]
        case .unknownAssessment, .unknownLinkedAssessment: return base + HintText.assessments[l]
        case .unknownCohort, .cohortExists: return base + HintText.cohorts[l]
        case .referentielNotFound: return base + HintText.referentiels[l]
        case .labelTaken: return base + HintText.anotherLabel[l]
        case .severalRespondents: return base + HintText.roleAndName[l]
        case .roleNeeded(let assessment, let respondents): return HintText.role[l] + WorkspaceError.respondentsOf(assessment, respondents).text(in: l)
        case .notAMember: return base + HintText.cohortAdd[l]
        case .session(_, _, _, .overlaps): return base + HintText.window[l]
        case .missingDatabase: return base + HintText.databasePath[l]
        case .databaseIsAFolder, .emptyDatabaseFile, .notSQLite, .foreignDatabase: return base + HintText.otherDatabase[l]
        default: return base
        }
    }

    /// One import issue, located, with its hint inside the explanation.
    static func located(_ issue: ImportIssue) -> ValidationIssue {
        let hint: Bilingual
        switch issue.problem {
        case .unknownOrganisation: hint = HintText.createOrganisation()
        case .alreadyStored(_, _, _, let draft?): hint = HintText.addToDraft(["id": draft])
        case .unknownAssessment: hint = HintText.assessments()
        default: return issue.validationIssue
        }
        var hinted = issue.validationIssue
        hinted.detail = Bilingual(fr: hinted.detail.fr + hint.fr, en: hinted.detail.en + hint.en)
        return hinted
    }
}
