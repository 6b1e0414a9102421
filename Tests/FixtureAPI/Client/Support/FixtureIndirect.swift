/// A value stored out of line, so that a struct can hold a value of its own type.
///
/// Generated models use it for the storage of recursive fields (such as `ErrorCode.cause`) and expose the plain
/// value through a computed property. It keeps value semantics and codes exactly as the value it holds.
nonisolated indirect enum FixtureIndirect<Wrapped> {
    case value(Wrapped)

    /// The value held.
    var wrapped: Wrapped {
        switch self {
        case .value(let wrapped): return wrapped
        }
    }

    /// Stores a value out of line.
    ///
    /// - Parameter wrapped: The value to hold.
    init(_ wrapped: Wrapped) {
        self = .value(wrapped)
    }

    /// Stores a value out of line, if there is one.
    ///
    /// (In place of `value.map(Indirect.init)` in each model's file, which would compile `Optional.map` into it.)
    ///
    /// - Parameter wrapped: The value to hold, or `nil`.
    /// - Returns: The value stored out of line, or `nil`.
    static func holding(_ wrapped: Wrapped?) -> Self? {
        guard let wrapped else { return nil }
        return Self(wrapped)
    }
}

nonisolated extension FixtureIndirect: Sendable where Wrapped: Sendable {}

nonisolated extension FixtureIndirect: Equatable where Wrapped: Equatable {}

nonisolated extension FixtureIndirect: Hashable where Wrapped: Hashable {}

nonisolated extension FixtureIndirect: Decodable where Wrapped: Decodable {
    init(from decoder: any Decoder) throws {
        self.init(try Wrapped(from: decoder))
    }
}

nonisolated extension FixtureIndirect: Encodable where Wrapped: Encodable {
    func encode(to encoder: any Encoder) throws {
        try wrapped.encode(to: encoder)
    }
}
