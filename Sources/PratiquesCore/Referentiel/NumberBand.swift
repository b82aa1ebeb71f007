/// The accepted range of a number answer (either end may be open).
public struct NumberBounds: Sendable, Codable, Hashable {
    public var min: Double?
    public var max: Double?

    public init(min: Double? = nil, max: Double? = nil) {
        self.min = min
        self.max = max
    }

    /// Whether `value` lies within the bounds.
    public func contains(_ value: Double) -> Bool {
        if let min, value < min { return false }
        if let max, value > max { return false }
        return true
    }
}

/// A scoring band of a number criterion: the answers between its limits get `level`.
///
/// A band writes its lower limit (`min`: answers from this value up, **inclusive**), its upper
/// limit (`max`: answers up to this value, **inclusive**), both, or neither (the open first or
/// last band). Between two consecutive bands exactly one of the two writes the limit they share,
/// and that says on which side the limit itself falls: `{ min: 45, level: 3 }` after a band puts
/// 45 in level 3; `{ max: 3, level: 4 }` before a band puts 3 in level 4 (« ≤ 3 »).
/// Answers below the first band or above the last get the level of that band.
public struct NumberBand: Sendable, Codable, Hashable {
    /// The `min` written in the grid (inclusive), if any.
    public var declaredMin: Double?
    /// The `max` written in the grid (inclusive), if any.
    public var declaredMax: Double?
    public var level: Int
    public var label: LocalizedText?
    /// The band's lowest answer for a one-line display: `declaredMin`, else the limit below it
    /// (exclusive), else the lower bound of the answers, else -∞. Prefer ``BandRange`` and
    /// ``Criterion/bandRanges``, which say which side each limit falls on.
    public var min: Double
    public var location: SourceLocation?

    /// A band written with its `min` only (« from `min` up »), the classic form.
    public init(min: Double, level: Int, label: LocalizedText? = nil, location: SourceLocation? = nil) {
        self.init(declaredMin: min, declaredMax: nil, level: level, label: label, location: location)
    }

    /// A band written with any of its limits.
    public init(declaredMin: Double?, declaredMax: Double?, level: Int, label: LocalizedText? = nil, location: SourceLocation? = nil) {
        self.declaredMin = declaredMin
        self.declaredMax = declaredMax
        self.level = level
        self.label = label
        self.min = declaredMin ?? -.infinity
        self.location = location
    }

    enum CodingKeys: String, CodingKey { case min, max, level, label }

    /// The canonical form holds what the grid wrote: `min` and `max` only when written (a grid
    /// written before `max` existed keeps its content hash).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(declaredMin, forKey: .min)
        try container.encodeIfPresent(declaredMax, forKey: .max)
        try container.encode(level, forKey: .level)
        try container.encodeIfPresent(label, forKey: .label)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(declaredMin: try container.decodeIfPresent(Double.self, forKey: .min),
                  declaredMax: try container.decodeIfPresent(Double.self, forKey: .max),
                  level: try container.decode(Int.self, forKey: .level),
                  label: try container.decodeIfPresent(LocalizedText.self, forKey: .label))
    }

    /// Equal when the grid wrote the same limits, level and label.
    public static func == (lhs: NumberBand, rhs: NumberBand) -> Bool {
        lhs.declaredMin == rhs.declaredMin && lhs.declaredMax == rhs.declaredMax && lhs.level == rhs.level && lhs.label == rhs.label
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(declaredMin)
        hasher.combine(declaredMax)
        hasher.combine(level)
    }
}

/// The answers one band covers, with the side each limit falls on: what a person reads
/// (« de 45 à 55 % », « plus de 55 % jusqu'à 60 % », « 3 ou moins »).
public struct BandRange: Sendable, Hashable {
    /// Lower limit, `nil` when open.
    public var lower: Double?
    public var includesLower: Bool
    /// Upper limit, `nil` when open.
    public var upper: Double?
    public var includesUpper: Bool
    public var band: NumberBand

    /// Whether `value` lies in the range.
    public func contains(_ value: Double) -> Bool {
        if let lower, includesLower ? value < lower : value <= lower { return false }
        if let upper, includesUpper ? value > upper : value >= upper { return false }
        return true
    }

    /// The range in words, with the unit at the end: `de 15 à moins de 30 %`.
    public func condition(unit: String?, language: Language) -> String {
        let fr = language == .fr
        func n(_ value: Double) -> String {
            let text = NumberFormatting.plain(value)
            return fr ? text.replacingOccurrences(of: ".", with: ",") : text
        }
        let text: String
        switch (lower, upper) {
        case (nil, nil):
            text = fr ? "toute valeur" : "any value"
        case (let l?, nil):
            text = includesLower ? (fr ? "\(n(l)) ou plus" : "\(n(l)) or more") : (fr ? "plus de \(n(l))" : "more than \(n(l))")
        case (nil, let u?):
            text = includesUpper ? (fr ? "\(n(u)) ou moins" : "\(n(u)) or less") : (fr ? "moins de \(n(u))" : "less than \(n(u))")
        case (let l?, let u?) where l == u:
            text = n(l)
        case (let l?, let u?):
            switch (includesLower, includesUpper) {
            case (true, true): text = fr ? "de \(n(l)) à \(n(u))" : "from \(n(l)) to \(n(u))"
            case (true, false): text = fr ? "de \(n(l)) à moins de \(n(u))" : "from \(n(l)) to less than \(n(u))"
            case (false, true): text = fr ? "plus de \(n(l)), jusqu'à \(n(u))" : "more than \(n(l)), up to \(n(u))"
            case (false, false): text = fr ? "entre \(n(l)) et \(n(u)), exclus" : "between \(n(l)) and \(n(u)), excluded"
            }
        }
        guard let unit, !unit.isEmpty else { return text }
        return "\(text) \(unit)"
    }
}

extension Criterion {
    /// The ranges of the bands, in order: each band between the limit it shares with the band
    /// before and the one it shares with the band after, the first and last bounded by the
    /// answers' bounds (or open).
    public var bandRanges: [BandRange] {
        var ranges: [BandRange] = []
        for (index, band) in bands.enumerated() {
            var range = BandRange(lower: nil, includesLower: true, upper: nil, includesUpper: true, band: band)
            if let min = band.declaredMin {
                range.lower = min
            } else if index > 0, let previousMax = bands[index - 1].declaredMax {
                range.lower = previousMax
                range.includesLower = false
            } else if index == 0 {
                range.lower = bounds?.min
            }
            if let max = band.declaredMax {
                range.upper = max
            } else if index + 1 < bands.count, let nextMin = bands[index + 1].declaredMin {
                range.upper = nextMin
                range.includesUpper = false
            } else if index == bands.count - 1 {
                range.upper = bounds?.max
            }
            ranges.append(range)
        }
        return ranges
    }

    /// The band a number answer falls in: the first whose shared upper limit the answer does not
    /// pass; answers outside every band get the nearest end band. `nil` without bands.
    public func band(for value: Double) -> NumberBand? {
        guard !bands.isEmpty else { return nil }
        for index in 0..<(bands.count - 1) {
            if let max = bands[index].declaredMax {
                if value <= max { return bands[index] }
            } else if let nextMin = bands[index + 1].declaredMin {
                if value < nextMin { return bands[index] }
            }
        }
        return bands[bands.count - 1]
    }
}

extension Criterion {
    /// Whether `other` scores numbers the same way: the same limits and levels, band by band
    /// (labels aside).
    public func hasSameBands(as other: Criterion) -> Bool {
        bands.count == other.bands.count && zip(bands, other.bands).allSatisfy {
            $0.declaredMin == $1.declaredMin && $0.declaredMax == $1.declaredMax && $0.level == $1.level
        }
    }
}
