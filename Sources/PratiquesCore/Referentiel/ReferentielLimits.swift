/// The largest numbers a grid may hold: beyond them a number is a typing mistake or an attack
/// (a weight of 1e308 gives `nan` scores; a level value of `Int.max` overflows), and the
/// validator refuses it with a located `number-out-of-range` issue.
public enum ReferentielLimits {
    /// Largest weight of a dimension or a criterion.
    public static let maximumWeight = 1_000.0
    /// Level values lie in `0...maximumLevelValue`.
    public static let maximumLevelValue = 1_000
    /// Bounds and band limits lie in `-maximumMagnitude...maximumMagnitude`.
    public static let maximumMagnitude = 1e12
}
