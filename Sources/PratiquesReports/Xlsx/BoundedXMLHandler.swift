import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads one part of an .xlsx file with `XMLParser` as a stream of events, under
/// ``XlsxLimits``: valid UTF-8 only (XMLParser traps on some invalid bytes), no DTD (so no entity can expand), nesting no deeper than
/// ``XlsxLimits/depth``. Nothing recurses on the document's depth. Element and attribute names
/// lose their namespace prefix (`x:c` is `c`, `r:id` is `id`).
///
/// Subclasses override ``start(_:_:)``, ``end(_:)`` and ``characters(_:)``, and call
/// ``fail(_:)`` to stop at the first problem.
class BoundedXMLHandler: NSObject, XMLParserDelegate {
    let part: String
    let limits: XlsxLimits
    private(set) var depth = 0
    private var sawRoot = false
    private(set) var failure: XlsxReadError?
    private weak var parser: XMLParser?

    init(part: String, limits: XlsxLimits) {
        self.part = part
        self.limits = limits
    }

    func start(_ name: String, _ attributes: [String: String]) {}
    func end(_ name: String) {}
    func characters(_ text: String) {}

    /// Stops the parse; the first failure is the one reported.
    final func fail(_ error: XlsxReadError) {
        if failure == nil { failure = error }
        parser?.abortParsing()
    }

    /// Runs the handler over the bytes of its part.
    final func run(_ data: Data) throws(XlsxReadError) {
        // XMLParser traps on some invalid bytes: only valid UTF-8 without NUL reaches it.
        if let offset = Self.firstInvalidByte(data) {
            throw XlsxReadError(part: part, fr: "partie qui n'est pas du texte UTF-8 valide (octet \(offset))",
                                en: "part is not valid UTF-8 text (byte \(offset))")
        }
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil {
            throw XlsxReadError(part: part, fr: "déclaration DOCTYPE refusée (un classeur n'en a pas)",
                                en: "DOCTYPE declaration refused (a workbook has none)")
        }
        // From a stream, libxml2 reads the bytes in chunks instead of copying them whole.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldResolveExternalEntities = false
        parser.delegate = self
        self.parser = parser
        let parsed = parser.parse()
        if let failure { throw failure }
        // A document cut short can parse without error: its root must have been closed.
        if !parsed || !sawRoot || depth != 0 {
            throw XlsxReadError(part: part, fr: "XML mal formé ou incomplet (ligne \(parser.lineNumber))",
                                en: "malformed or incomplete XML (line \(parser.lineNumber))")
        }
    }

    /// The offset of the first byte that is not part of valid UTF-8, or a NUL.
    static func firstInvalidByte(_ data: Data) -> Int? {
        let valid = data.withUnsafeBytes { raw in
            // The standard library's validation is fast even in a debug build; the offset is
            // only looked for when there is one.
            raw.baseAddress.map { memchr($0, 0, raw.count) == nil } ?? true && String(validating: raw.bindMemory(to: UInt8.self), as: UTF8.self) != nil
        }
        guard !valid else { return nil }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = data.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1 && encoded.first == 0 { return offset }
                offset += encoded.count
            case .emptyInput, .error:
                return offset
            }
        }
    }

    static func localName(_ name: String) -> String {
        name.lastIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
    }

    // MARK: XMLParserDelegate

    final func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                      attributes: [String: String] = [:]) {
        guard failure == nil else { return }
        depth += 1
        sawRoot = true
        guard depth <= limits.depth else {
            return fail(XlsxReadError(part: part, fr: "XML imbriqué sur plus de \(limits.depth) niveaux", en: "XML nested more than \(limits.depth) levels deep"))
        }
        var local: [String: String] = [:]
        for (key, value) in attributes { local[Self.localName(key)] = value }
        start(Self.localName(elementName), local)
    }

    final func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard failure == nil else { return }
        end(Self.localName(elementName))
        depth -= 1
    }

    final func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard failure == nil else { return }
        characters(string)
    }

    final func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard failure == nil else { return }
        characters(String(decoding: CDATABlock, as: UTF8.self))
    }
}
