extension StringProtocol {
    /// Whether any UTF-8 byte of the text satisfies `predicate`: `utf8.contains(where:)`, run
    /// over the contiguous bytes of a native string (a tight loop over a buffer) instead of
    /// stepping the UTF-8 view's iterator byte by byte; other strings take the view.
    @inline(__always)
    func utf8Contains(where predicate: (UInt8) -> Bool) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ $0.contains(where: predicate) }) { return found }
        return utf8.contains(where: predicate)
    }

    /// Whether the text's UTF-8 holds `byte`, over the contiguous bytes like `utf8Contains(where:)`.
    @inline(__always)
    func utf8Contains(_ byte: UInt8) -> Bool {
        utf8Contains(where: { $0 == byte })
    }
}

extension Array where Element == UInt8 {
    /// Appends the UTF-8 of `text` from its contiguous bytes (one copy of a buffer) rather than
    /// through the generic `append(contentsOf:)` of the UTF-8 view.
    @inline(__always)
    mutating func appendUTF8(of text: some StringProtocol) {
        if text.utf8.withContiguousStorageIfAvailable({ append(contentsOf: $0) }) == nil { append(contentsOf: text.utf8) }
    }
}
