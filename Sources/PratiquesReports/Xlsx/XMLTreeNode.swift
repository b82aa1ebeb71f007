import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A small XML element tree read with `XMLParser`, names without their namespace prefix
/// (`x:c` and `c` are the same element), for the parts of an .xlsx file.
final class XMLTreeNode {
    let name: String
    let attributes: [String: String]
    private(set) var children: [XMLTreeNode] = []
    fileprivate(set) var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Parses `data`; `nil` when it is not well-formed XML.
    static func parse(_ data: Data) -> XMLTreeNode? {
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        guard parser.parse() else { return nil }
        return builder.root
    }

    /// The first direct child with this name.
    func child(_ name: String) -> XMLTreeNode? { children.first { $0.name == name } }

    /// The direct children with this name.
    func children(_ name: String) -> [XMLTreeNode] { children.filter { $0.name == name } }

    /// Every descendant with this name, in document order.
    func descendants(_ name: String) -> [XMLTreeNode] {
        var found: [XMLTreeNode] = []
        for child in children {
            if child.name == name { found.append(child) }
            found += child.descendants(name)
        }
        return found
    }

    static func localName(_ name: String) -> String {
        name.lastIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
    }

    private final class Builder: NSObject, XMLParserDelegate {
        let root = XMLTreeNode(name: "#document", attributes: [:])
        private var stack: [XMLTreeNode] = []

        override init() {
            super.init()
            stack = [root]
        }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            var local: [String: String] = [:]
            for (key, value) in attributes { local[XMLTreeNode.localName(key)] = value }
            let node = XMLTreeNode(name: XMLTreeNode.localName(elementName), attributes: local)
            stack.last?.children.append(node)
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            if stack.count > 1 { stack.removeLast() }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }
    }
}
