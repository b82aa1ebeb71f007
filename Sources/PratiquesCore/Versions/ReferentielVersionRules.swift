/// The rules between the versions of one grid, checked by `pratiques referentiel validate`
/// over every grid found in several versions:
///
/// - **patch** (1.0.0 → 1.0.1): wording only. Same dimensions, criteria and scales with the same
///   ids, places, kinds, weights, scales, levels, bands and bounds, yes/no polarity, facts and
///   `applies_to`; only texts (and the annotations `short`, `guide_themes`, `reconstructed`,
///   `changelog`) may differ.
/// - **minor** (1.0.0 → 1.1.0): additions only. Every dimension, criterion, scale and level of
///   the older version is still there, in the same place and unchanged apart from its wording;
///   new dimensions, criteria, scales and levels may be added.
/// - **major** (1.1.0 → 2.0.0): anything may change, but the file carries a `migration` from
///   the version just before it: every criterion of the older version appears in exactly one
///   step's `from`, every id exists on its side, and a new criterion is the `to` of one step at
///   most (the others are « added »).
///
/// Only patch and minor versions may do without a migration; a migration belongs to a major
/// version. In every version, once all the criteria of a version have a `short` label, the next
/// version gives one to all of its criteria. Each broken rule is a located ``ValidationIssue``
/// in the newer file.
public enum ReferentielVersionRules {
    /// The issues between consecutive versions of every grid in `loaded` (grids in one version
    /// are not concerned).
    public static func check(_ loaded: [LoadedReferentiel]) -> [ValidationIssue] {
        let byGrid = Dictionary(grouping: loaded, by: \.referentiel.id)
        var issues: [ValidationIssue] = []
        for id in byGrid.keys.sorted() {
            var seen = Set<SemanticVersion>()
            let versions = byGrid[id]!.sorted { $0.referentiel.version < $1.referentiel.version }.filter { seen.insert($0.referentiel.version).inserted }
            for (older, newer) in zip(versions, versions.dropFirst()) {
                issues += check(from: older, to: newer)
            }
        }
        return issues
    }

    /// The issues of `newer` as the successor of `older` (two versions of one grid).
    public static func check(from older: LoadedReferentiel, to newer: LoadedReferentiel) -> [ValidationIssue] {
        var context = Context(older: older, newer: newer)
        let old = older.referentiel.version, new = newer.referentiel.version
        if new.major != old.major {
            context.checkMigration()
        } else {
            if let migration = newer.referentiel.migration {
                context.report(migration.location, "migration", .versionRule,
                               fr: "seule une version majeure porte une « migration » (\(old) → \(new) n'en est pas une)",
                               en: "only a major version carries a 'migration' (\(old) → \(new) is not one)")
            }
            context.checkKept(patch: new.minor == old.minor)
        }
        context.checkShortLabels()
        return context.issues
    }

    /// Walks two versions, collecting issues located in the newer file.
    private struct Context {
        let older: LoadedReferentiel
        let newer: LoadedReferentiel
        var issues: [ValidationIssue] = []

        init(older: LoadedReferentiel, newer: LoadedReferentiel) {
            self.older = older
            self.newer = newer
        }

        var oldRef: Referentiel { older.referentiel }
        var newRef: Referentiel { newer.referentiel }

        mutating func report(_ location: SourceLocation?, _ field: String, _ rule: ValidationRule, fr: String, en: String) {
            issues.append(ValidationIssue(location: location ?? SourceLocation(file: newer.path, line: 1, column: 1), field: field,
                                          rule: rule, detail: Bilingual(fr: fr, en: en)))
        }

        /// `dimensions[1].criteria[2]` of a criterion in the newer version.
        func field(of criterionID: String) -> String {
            for (d, dimension) in newRef.dimensions.enumerated() {
                if let c = dimension.criteria.firstIndex(where: { $0.id == criterionID }) { return "dimensions[\(d)].criteria[\(c)]" }
            }
            return ""
        }

        // MARK: Patch and minor

        mutating func checkKept(patch: Bool) {
            let kind = patch ? "correctif" : "mineure"
            let kindEN = patch ? "patch" : "minor"
            let allowedFR = patch ? "une version corrective ne change que le libellé" : "une version mineure ne fait qu'ajouter"
            let allowedEN = patch ? "a patch version only changes wording" : "a minor version only adds"
            let hint = (fr: "; publiez une version majeure avec une migration", en: "; publish a major version with a migration")
            for scale in oldRef.scales {
                guard let newScale = newRef.scale(id: scale.id) else {
                    report(nil, "scales", .versionRule, fr: "\(allowedFR) : l'échelle « \(scale.id) » a disparu (version \(kind))\(hint.fr)",
                           en: "\(allowedEN): scale '\(scale.id)' is gone (\(kindEN) version)\(hint.en)")
                    continue
                }
                let oldValues = scale.levels.map(\.value), newValues = newScale.levels.map(\.value)
                if patch ? oldValues != newValues : !Set(oldValues).isSubset(of: Set(newValues)) {
                    report(newScale.location, "scales", .versionRule,
                           fr: "\(allowedFR) : les niveaux de l'échelle « \(scale.id) » passent de \(oldValues) à \(newValues)\(hint.fr)",
                           en: "\(allowedEN): the levels of scale '\(scale.id)' go from \(oldValues) to \(newValues)\(hint.en)")
                }
            }
            for (index, dimension) in oldRef.dimensions.enumerated() {
                guard let newIndex = newRef.dimensions.firstIndex(where: { $0.id == dimension.id }) else {
                    report(nil, "dimensions", .versionRule, fr: "\(allowedFR) : la dimension « \(dimension.id) » a disparu\(hint.fr)",
                           en: "\(allowedEN): dimension '\(dimension.id)' is gone\(hint.en)")
                    continue
                }
                let newDimension = newRef.dimensions[newIndex]
                if newDimension.weight != dimension.weight {
                    report(newDimension.location, "dimensions[\(newIndex)].weight", .versionRule,
                           fr: "\(allowedFR) : le poids de « \(dimension.id) » passe de \(NumberText.plain(dimension.weight)) à \(NumberText.plain(newDimension.weight))\(hint.fr)",
                           en: "\(allowedEN): the weight of '\(dimension.id)' goes from \(NumberText.plain(dimension.weight)) to \(NumberText.plain(newDimension.weight))\(hint.en)")
                }
                if newDimension.appliesTo != dimension.appliesTo {
                    report(newDimension.location, "dimensions[\(newIndex)].applies_to", .versionRule,
                           fr: "\(allowedFR) : les organisations concernées par « \(dimension.id) » changent (applies_to)\(hint.fr)",
                           en: "\(allowedEN): the organisations '\(dimension.id)' concerns change (applies_to)\(hint.en)")
                }
                if patch && newIndex != index {
                    report(newDimension.location, "dimensions[\(newIndex)]", .versionRule,
                           fr: "\(allowedFR) : la dimension « \(dimension.id) » a changé de place", en: "\(allowedEN): dimension '\(dimension.id)' moved")
                }
                for criterion in dimension.criteria { checkKept(criterion, in: dimension, patch: patch, allowedFR, allowedEN, hint) }
            }
            if patch {
                for criterion in newRef.criteria where oldRef.criterion(id: criterion.id) == nil {
                    report(criterion.location, field(of: criterion.id), .versionRule,
                           fr: "\(allowedFR) : le critère « \(criterion.id) » est nouveau ; un ajout demande une version mineure",
                           en: "\(allowedEN): criterion '\(criterion.id)' is new; an addition needs a minor version")
                }
                for dimension in newRef.dimensions where !oldRef.dimensions.contains(where: { $0.id == dimension.id }) {
                    report(dimension.location, "dimensions", .versionRule,
                           fr: "\(allowedFR) : la dimension « \(dimension.id) » est nouvelle ; un ajout demande une version mineure",
                           en: "\(allowedEN): dimension '\(dimension.id)' is new; an addition needs a minor version")
                }
            }
        }

        mutating func checkKept(_ criterion: Criterion, in dimension: Dimension, patch: Bool, _ allowedFR: String, _ allowedEN: String,
                                _ hint: (fr: String, en: String)) {
            guard let new = newRef.criterion(id: criterion.id) else {
                report(nil, "dimensions", .versionRule, fr: "\(allowedFR) : le critère « \(criterion.id) » a disparu\(hint.fr)",
                       en: "\(allowedEN): criterion '\(criterion.id)' is gone\(hint.en)")
                return
            }
            let place = field(of: criterion.id)
            var changes: [(String, String)] = []
            if newRef.dimension(containing: criterion.id)?.id != dimension.id {
                changes.append(("a changé de dimension (\(dimension.id) → \(newRef.dimension(containing: criterion.id)?.id ?? "?"))",
                                "moved to another dimension (\(dimension.id) → \(newRef.dimension(containing: criterion.id)?.id ?? "?"))"))
            }
            if new.kind != criterion.kind { changes.append(("type \(criterion.kind.rawValue) → \(new.kind.rawValue)", "kind \(criterion.kind.rawValue) → \(new.kind.rawValue)")) }
            if new.weight != criterion.weight {
                let old = NumberText.plain(criterion.weight), now = NumberText.plain(new.weight)
                changes.append(("poids \(old) → \(now)", "weight \(old) → \(now)"))
            }
            if new.scaleID != criterion.scaleID {
                changes.append(("échelle \(criterion.scaleID ?? "—") → \(new.scaleID ?? "—")", "scale \(criterion.scaleID ?? "—") → \(new.scaleID ?? "—")"))
            }
            if new.allowsNotApplicable != criterion.allowsNotApplicable {
                changes.append(("« non applicable » \(criterion.allowsNotApplicable) → \(new.allowsNotApplicable)",
                                "not applicable \(criterion.allowsNotApplicable) → \(new.allowsNotApplicable)"))
            }
            if new.unit != criterion.unit || new.bounds != criterion.bounds || !new.hasSameBands(as: criterion) {
                changes.append(("unité, bornes ou paliers changés", "unit, bounds or bands changed"))
            }
            if new.yesIs != criterion.yesIs {
                changes.append(("polarité du oui/non changée (yes_is)", "yes/no polarity changed (yes_is)"))
            }
            if new.isFact != criterion.isFact {
                changes.append(("devient \(new.isFact ? "" : "non plus ")un fait (fact)", new.isFact ? "becomes a fact (fact)" : "is no longer a fact (fact)"))
            }
            if new.appliesTo != criterion.appliesTo {
                changes.append(("organisations concernées changées (applies_to)", "organisations concerned changed (applies_to)"))
            }
            if patch && Set(new.descriptors.keys) != Set(criterion.descriptors.keys) {
                changes.append(("niveaux décrits changés", "described levels changed"))
            }
            for change in changes {
                report(new.location, place, .versionRule,
                       fr: "\(allowedFR) : « \(criterion.id) » \(change.0)\(hint.fr)",
                       en: "\(allowedEN): '\(criterion.id)' \(change.1)\(hint.en)")
            }
        }

        // MARK: Every version

        /// Once every criterion of a version has a `short` label, every later version keeps one
        /// on every criterion (tables and charts depend on it).
        mutating func checkShortLabels() {
            guard !oldRef.criteria.isEmpty, oldRef.criteria.allSatisfy({ $0.short != nil }) else { return }
            for criterion in newRef.criteria where criterion.short == nil {
                report(criterion.location, field(of: criterion.id) + ".short", .missingKey,
                       fr: "le critère « \(criterion.id) » n'a pas de libellé court (« short ») alors que tous les critères de la version \(oldRef.version) en ont un",
                       en: "criterion '\(criterion.id)' has no short label ('short') while every criterion of version \(oldRef.version) has one")
            }
        }

        // MARK: Major

        mutating func checkMigration() {
            let old = oldRef.version, new = newRef.version
            guard let migration = newRef.migration else {
                report(nil, "migration", .migrationIncomplete,
                       fr: "la version majeure \(new) doit porter une « migration » depuis \(old) (equal, split, merge ou dropped pour chaque critère)",
                       en: "major version \(new) must carry a 'migration' from \(old) (equal, split, merge or dropped for each criterion)")
                return
            }
            if migration.from != old {
                report(migration.location, "migration.from", .versionRule,
                       fr: "la migration part de \(migration.from), mais la version précédente est \(old)",
                       en: "the migration starts from \(migration.from), but the previous version is \(old)")
                return
            }
            var fromSteps: [String: Int] = [:]
            var toSteps: [String: Int] = [:]
            for (index, step) in migration.steps.enumerated() {
                let field = "migration.criteria[\(index)]"
                for id in step.from {
                    if oldRef.criterion(id: id) == nil {
                        report(step.location, "\(field).from", .unknownCriterion,
                               fr: "le critère « \(id) » n'existe pas dans la version \(old)", en: "criterion '\(id)' does not exist in version \(old)")
                    } else if let first = fromSteps[id] {
                        report(step.location, "\(field).from", .migrationIncomplete,
                               fr: "le critère « \(id) » de la version \(old) figure déjà dans l'étape migration.criteria[\(first)]",
                               en: "criterion '\(id)' of version \(old) already appears in step migration.criteria[\(first)]")
                    } else {
                        fromSteps[id] = index
                    }
                }
                for id in step.to where newRef.criterion(id: id) != nil {
                    if let first = toSteps[id] {
                        report(step.location, "\(field).to", .migrationShape,
                               fr: "le critère « \(id) » reçoit déjà les réponses de l'étape migration.criteria[\(first)]",
                               en: "criterion '\(id)' already receives the answers of step migration.criteria[\(first)]")
                    } else {
                        toSteps[id] = index
                    }
                }
            }
            for criterion in oldRef.criteria where fromSteps[criterion.id] == nil {
                report(migration.location, "migration.criteria", .migrationIncomplete,
                       fr: "le critère « \(criterion.id) » de la version \(old) est oublié : donnez-lui une étape (equal, split, merge ou dropped)",
                       en: "criterion '\(criterion.id)' of version \(old) is forgotten: give it a step (equal, split, merge or dropped)")
            }
        }
    }
}
