import Foundation

/// Sheet names Excel accepts: at most 31 characters, none of `[]:*?/\`, unique in a workbook.
struct SheetNames {
    private var used: Set<String> = []

    init(reserved: [String] = []) {
        used = Set(reserved.map { $0.lowercased() })
    }

    mutating func make(_ wanted: String) -> String {
        let cleaned = String(wanted.map { "[]:*?/\\".contains($0) ? "-" : $0 }).trimmingCharacters(in: CharacterSet(charactersIn: "' "))
        var base = String(cleaned.prefix(31))
        if base.isEmpty { base = "Feuille" }
        var candidate = base
        var counter = 2
        while used.contains(candidate.lowercased()) {
            let suffix = " (\(counter))"
            candidate = String(base.prefix(31 - suffix.count)) + suffix
            counter += 1
        }
        used.insert(candidate.lowercased())
        return candidate
    }
}
