import PratiquesCore

extension ImportBatch {
    /// Several files' batches as one, so that they are written in one transaction.
    public static func merging(_ batches: [ImportBatch]) -> ImportBatch {
        var merged = ImportBatch(path: batches.map(\.path).joined(separator: ", "))
        for batch in batches {
            merged.organisations += batch.organisations
            merged.assessments += batch.assessments
            merged.targets += batch.targets
            merged.actions += batch.actions
            merged.respondentAdditions += batch.respondentAdditions
        }
        return merged
    }
}
