import Foundation
import PratiquesCore
import PratiquesReports
import PratiquesStore

extension Workspace {
    /// Imports files in one transaction: everything, or nothing when any item is refused.
    ///
    /// The format is detected: JSON (or YAML) exchange documents and CSV as French spreadsheets
    /// write them (``ImportFileReader``), and filled questionnaires (`.xlsx`, read by
    /// `QuestionnaireReader`): the workbooks of one organisation, grid version and date make one
    /// assessment, or join the draft ``ImportOptions/intoAssessment``. Every file is read before
    /// anything is written: errors in the files are thrown as one `InputError`; refusals
    /// against the store (unknown organisation, an assessment already stored…) as one
    /// ``ImportRefusal``, each located.
    public func importFiles(_ paths: [String], options: ImportOptions = ImportOptions()) throws -> ImportSummary {
        var batches: [ImportBatch] = []
        var issues: [ValidationIssue] = []
        var questionnaires: [FilledQuestionnaire] = []
        for path in paths {
            do {
                if Self.isWorkbook(path) {
                    questionnaires.append(try QuestionnaireReader(catalog: catalog).read(path: path))
                } else {
                    batches.append(try ImportFileReader(catalog: catalog).read(path: path))
                }
            } catch {
                issues += error.issues
            }
        }
        if !questionnaires.isEmpty { batches.append(FilledQuestionnaire.batch(questionnaires, intoAssessment: options.intoAssessment)) }
        if !issues.isEmpty { throw InputError(issues: issues) }
        // The audit trail says which files each imported assessment came from.
        var context = AuditContext.current
        context.source = context.source ?? String(paths.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ").prefix(300))
        return try AuditContext.$current.withValue(context) {
            try importBatch(ImportBatch.merging(batches), options: options)
        }
    }

    /// Whether a file is read as a filled questionnaire.
    public static func isWorkbook(_ path: String) -> Bool { path.lowercased().hasSuffix(".xlsx") }

    /// Writes a batch already read, in one transaction (see ``importFiles(_:options:)``).
    @discardableResult
    public func importBatch(_ batch: ImportBatch, options: ImportOptions = ImportOptions()) throws -> ImportSummary {
        let catalog = self.catalog
        return try withStore(.create) { store in
            try store.transaction { transaction in
                var writer = ImportWriter(transaction: transaction, catalog: catalog, options: options)
                return try writer.write(batch)
            }
        }
    }
}
