/// The fields that lead from a queried type to the type whose fields a condition names (`vmNics` for the fields of
/// a VM's NICs), outermost first; none for the queried type's own fields.
///
/// Every type's `QueryFields` holds one. It is an array, not the text of the path, so that the generic
/// `QueryFields` are laid out as one reference and need no value witnesses of their own.
package nonisolated struct FixtureQueryPath: Sendable {
    /// The wire names of the fields, outermost first.
    private let names: [String]

    /// The path of the queried type's own fields: no fields.
    package init() {
        self.names = []
    }

    private init(names: [String]) {
        self.names = names
    }

    /// This path, then the field `name`.
    ///
    /// - Parameter name: The field's name on the wire.
    /// - Returns: The longer path.
    package func appending(_ name: String) -> FixtureQueryPath {
        FixtureQueryPath(names: names + [name])
    }

    /// The name that a condition gives the field `name` at the end of this path: the names joined by dots
    /// (`vmNics.ip`).
    ///
    /// - Parameter name: The field's own name on the wire.
    /// - Returns: The field's name in a condition.
    package func wireName(of name: String) -> String {
        names.isEmpty ? name : (names + [name]).joined(separator: ".")
    }
}
