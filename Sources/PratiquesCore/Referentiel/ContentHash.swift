import Crypto
import Foundation

/// The canonical content hash of a référentiel version.
///
/// The grid is serialised from its parsed model (defaults filled in) as JSON with sorted keys,
/// so key order, quoting, whitespace and comments of the YAML file never change the hash; any
/// change of meaning does.
public enum ContentHash {
    /// The canonical JSON form of a référentiel.
    public static func canonicalJSON(of referentiel: Referentiel) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain value types with string keys cannot fail.
        return (try? encoder.encode(referentiel)) ?? Data()
    }

    /// Lowercase hexadecimal sha256 of the canonical form.
    public static func sha256(of referentiel: Referentiel) -> String {
        hex(SHA256.hash(data: canonicalJSON(of: referentiel)))
    }

    /// Lowercase hexadecimal sha256 of raw bytes.
    public static func sha256(of data: Data) -> String {
        hex(SHA256.hash(data: data))
    }

    private static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }
}
