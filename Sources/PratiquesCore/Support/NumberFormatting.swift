import Foundation

/// Number formatting for people: no trailing `.0`, a decimal comma in French.
public enum NumberFormatting {
    /// `3` for 3.0, `2.5` otherwise (dot separator, for ids and logs).
    public static func plain(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// A value rounded to `digits` decimals, with a comma in French.
    public static func decimal(_ value: Double, digits: Int = 1, language: Language) -> String {
        let text = String(format: "%.\(digits)f", value)
        return language == .fr ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
