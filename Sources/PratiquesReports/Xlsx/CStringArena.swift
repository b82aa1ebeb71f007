import Foundation

/// C strings that must outlive the call that receives them (libxlsxwriter keeps some pointers
/// until `workbook_close`). Freed when the arena goes away.
final class CStringArena {
    private var pointers: [UnsafeMutablePointer<CChar>] = []

    /// A copy of `text` that stays valid as long as the arena.
    func keep(_ text: String) -> UnsafeMutablePointer<CChar> {
        let pointer = strdup(text)!
        pointers.append(pointer)
        return pointer
    }

    deinit {
        for pointer in pointers { free(pointer) }
    }
}
