import Foundation

/// A small XML element tree of elements and attributes (text is left out), names without their
/// namespace prefix (`x:c` and `c` are the same element), for the small parts of an .xlsx file
/// (workbook, relationships, styles). Built
/// under ``XlsxLimits`` (depth, number of elements) by ``BoundedXMLHandler``; every walk is
/// iterative.
final class XMLTreeNode {
    let name: String
    let attributes: [String: String]
    private(set) var children: [XMLTreeNode] = []

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Parses the bytes of `part`.
    static func parse(_ data: Data, part: String = "", limits: XlsxLimits = XlsxLimits()) throws(XlsxReadError) -> XMLTreeNode {
        let builder = Builder(part: part, limits: limits)
        try builder.run(data)
        return builder.root
    }

    /// The first direct child with this name.
    func child(_ name: String) -> XMLTreeNode? { children.first { $0.name == name } }

    /// The direct children with this name.
    func children(_ name: String) -> [XMLTreeNode] { children.filter { $0.name == name } }

    /// Every descendant with this name, in document order.
    func descendants(_ name: String) -> [XMLTreeNode] {
        var found: [XMLTreeNode] = []
        var stack: [XMLTreeNode] = children.reversed()
        while let node = stack.popLast() {
            if node.name == name { found.append(node) }
            stack.append(contentsOf: node.children.reversed())
        }
        return found
    }

    private final class Builder: BoundedXMLHandler {
        let root = XMLTreeNode(name: "#document", attributes: [:])
        private var stack: [XMLTreeNode] = []
        private var count = 0

        override init(part: String, limits: XlsxLimits) {
            super.init(part: part, limits: limits)
            stack = [root]
        }

        override func start(_ name: String, _ attributes: [String: String]) {
            count += 1
            guard count <= limits.treeNodes else {
                return fail(XlsxReadError(part: part, fr: "plus de \(limits.treeNodes) éléments XML", en: "more than \(limits.treeNodes) XML elements"))
            }
            let node = XMLTreeNode(name: name, attributes: attributes)
            stack.last?.children.append(node)
            stack.append(node)
        }

        override func end(_ name: String) {
            if stack.count > 1 { stack.removeLast() }
        }
    }
}
