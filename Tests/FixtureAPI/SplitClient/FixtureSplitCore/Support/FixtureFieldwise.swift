/// Equality and hashing over a value's stored fields: the `Equatable` and `Hashable` conformances of every
/// generated model, request and reply are written out against these two functions.
///
/// They mean what the synthesized conformances mean (every stored field, in declaration order) and cost the compiler
/// less than half: a synthesized `==` resolves the overloaded `==` operator once per field of every type, where a
/// written-out one makes one call to a function that has no overloads.
package nonisolated enum FixtureFieldwise {
    /// Whether two values' fields are equal, the first to the first and so on: `equal((lhs.a, lhs.b), (rhs.a, rhs.b))`.
    ///
    /// - Parameters:
    ///   - lhs: One value's fields.
    ///   - rhs: The other value's fields, in the same order.
    /// - Returns: `true` when every field equals its counterpart.
    package static func equal<each Field: Equatable>(_ lhs: (repeat each Field), _ rhs: (repeat each Field)) -> Bool {
        for (left, right) in repeat (each lhs, each rhs) {
            guard left == right else { return false }
        }
        return true
    }

    /// Feeds a value's fields to a hasher, in order: `hash((a, b), into: &hasher)`.
    ///
    /// - Parameters:
    ///   - fields: The value's fields.
    ///   - hasher: The hasher to feed.
    package static func hash<each Field: Hashable>(_ fields: (repeat each Field), into hasher: inout Hasher) {
        for field in repeat each fields {
            hasher.combine(field)
        }
    }
}
