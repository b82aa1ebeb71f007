/// The rule for every stable id (grids, dimensions, criteria, organisations): lowercase ascii
/// letters and digits, in words joined by `-` or `.` (`gd.regles-partagees`).
public enum Slug {
    /// Whether `text` is a valid id.
    public static func isValid(_ text: String) -> Bool {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII }) else { return false }
        var previousWasSeparator = true
        for character in text {
            if character.isLowercase || character.isNumber {
                previousWasSeparator = false
            } else if character == "-" || character == "." {
                if previousWasSeparator { return false }
                previousWasSeparator = true
            } else {
                return false
            }
        }
        return !previousWasSeparator
    }
}
