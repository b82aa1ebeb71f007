/// The version of the Pratiques tool, written into every report.
public enum PratiquesVersion {
    public static let current = "0.1.0"
}
