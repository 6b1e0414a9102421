/// Equality over a value's stored fields: every generated model, request and reply writes its `==` out as one call of
/// ``same(_:_:)`` per field and its `hash(into:)` as one `hasher.combine(_:)` per field, in declaration order.
///
/// That means what the synthesized conformances mean (every stored field, in declaration order) and costs the compiler
/// less: a synthesized `==` resolves the overloaded `==` operator once per field of every type, where ``same(_:_:)``
/// has no overloads. One call per field, unlike one call over a parameter pack of all the fields, is specialized and
/// inlined in an optimized build: comparing two large records is about a hundred times faster that way.
nonisolated enum ZStackFieldwise {
    /// Whether one field of two values is equal: `==`, under a name that the type checker finds without overloads.
    ///
    /// - Parameters:
    ///   - lhs: The field of one value.
    ///   - rhs: The same field of the other value.
    /// - Returns: `lhs == rhs`.
    static func same<Field: Equatable>(_ lhs: Field, _ rhs: Field) -> Bool {
        lhs == rhs
    }
}
