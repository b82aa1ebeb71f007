import Yams

extension ReferentielParser {
    func parseBounds(_ node: Node, _ field: String) -> NumberBounds? {
        guard let fields = reader.mapping(node, field, allowed: ["min", "max"], required: []) else { return nil }
        let bounds = NumberBounds(min: fields["min"].flatMap { reader.limit($0, "\(field).min") },
                                  max: fields["max"].flatMap { reader.limit($0, "\(field).max") })
        if let min = bounds.min, let max = bounds.max, min >= max {
            reader.report(node, field, .boundsInvalid, fr: "min (\(min)) doit être inférieur à max (\(max))",
                          en: "min (\(min)) must be lower than max (\(max))")
        }
        return bounds
    }

    /// Reads the bands of a number criterion (see ``NumberBand``): each band's level exists in the
    /// scale; the limits written, read in order, strictly increase (a band may write both, equal
    /// for a one-value band); two consecutive bands share exactly one written limit, which says on
    /// which side the limit falls; every limit lies within the bounds, and the bands cover them.
    func parseBands(_ node: Node, _ field: String, scale: Scale?, bounds: NumberBounds?) -> [NumberBand] {
        guard let items = reader.sequence(node, field) else { return [] }
        var bands: [NumberBand] = []
        var nodes: [Node] = []
        var lastLimit: (value: Double, sameBand: Int)?
        for (index, item) in items.enumerated() {
            let bandField = "\(field)[\(index)]"
            guard let fields = reader.mapping(item, bandField, allowed: ["min", "max", "level", "label"], required: ["level"]),
                  let levelNode = fields["level"], let level = reader.int(levelNode, "\(bandField).level") else { continue }
            let min = fields["min"].flatMap { reader.limit($0, "\(bandField).min") }
            let max = fields["max"].flatMap { reader.limit($0, "\(bandField).max") }
            let label = fields["label"].flatMap { reader.localizedText($0, "\(bandField).label") }
            if let scale, scale.level(value: level) == nil {
                reader.report(levelNode, "\(bandField).level", .unknownLevel,
                              fr: "le niveau \(level) n'existe pas dans l'échelle « \(scale.id) »",
                              en: "level \(level) does not exist in scale '\(scale.id)'")
            }
            let writtenTwice = index > 0 && index == bands.count && bands[index - 1].declaredMax != nil && min != nil
            for (key, value) in [("min", min), ("max", max)] {
                guard let value, let limitNode = fields[key] else { continue }
                if let last = lastLimit, !(key == "min" && writtenTwice),
                   value < last.value || (value == last.value && !(key == "max" && last.sameBand == index)) {
                    reader.report(limitNode, "\(bandField).\(key)", .bandsNotIncreasing,
                                  fr: "les limites des paliers doivent croître strictement (\(NumberFormatting.plain(value)) après \(NumberFormatting.plain(last.value)))",
                                  en: "band limits must strictly increase (\(NumberFormatting.plain(value)) after \(NumberFormatting.plain(last.value)))")
                }
                lastLimit = (value, index)
                if let bounds, !bounds.contains(value) {
                    reader.report(limitNode, "\(bandField).\(key)", .bandsOutsideBounds,
                                  fr: "la limite \(NumberFormatting.plain(value)) est hors des bornes de la réponse",
                                  en: "limit \(NumberFormatting.plain(value)) lies outside the answer's bounds")
                }
            }
            if let previous = bands.last, index == bands.count {
                if previous.declaredMax == nil && min == nil {
                    reader.report(item, bandField, .bandLimits,
                                  fr: "la limite entre ce palier et le précédent n'est pas écrite : donnez « min » ici ou « max » au palier précédent",
                                  en: "the limit between this band and the previous one is not written: give 'min' here or 'max' on the previous band")
                } else if writtenTwice {
                    reader.report(fields["min"], "\(bandField).min", .bandLimits,
                                  fr: "la limite entre ce palier et le précédent est écrite deux fois (« max » avant, « min » ici) : gardez-en une, elle dit de quel côté tombe la valeur limite",
                                  en: "the limit between this band and the previous one is written twice ('max' before, 'min' here): keep one, it says which side the limit value falls on")
                }
            }
            bands.append(NumberBand(declaredMin: min, declaredMax: max, level: level, label: label, location: reader.location(of: item)))
            nodes.append(item)
        }
        if let first = bands.first, let firstMin = first.declaredMin, let lower = bounds?.min, firstMin > lower {
            reader.report(nodes[0], "\(field)[0].min", .bandsOutsideBounds,
                          fr: "le premier palier (\(NumberFormatting.plain(firstMin))) laisse sans niveau les réponses entre \(NumberFormatting.plain(lower)) et \(NumberFormatting.plain(firstMin))",
                          en: "the first band (\(NumberFormatting.plain(firstMin))) leaves answers between \(NumberFormatting.plain(lower)) and \(NumberFormatting.plain(firstMin)) without a level")
        }
        if let last = bands.last, let lastMax = last.declaredMax, let upper = bounds?.max, lastMax < upper {
            reader.report(nodes[nodes.count - 1], "\(field)[\(bands.count - 1)].max", .bandsOutsideBounds,
                          fr: "le dernier palier (jusqu'à \(NumberFormatting.plain(lastMax))) laisse sans niveau les réponses entre \(NumberFormatting.plain(lastMax)) et \(NumberFormatting.plain(upper))",
                          en: "the last band (up to \(NumberFormatting.plain(lastMax))) leaves answers between \(NumberFormatting.plain(lastMax)) and \(NumberFormatting.plain(upper)) without a level")
        }
        return bands
    }
}
