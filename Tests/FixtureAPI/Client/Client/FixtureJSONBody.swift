/// The JSON body of a request, written field by field by the endpoint that sends it.
///
/// Every endpoint builds its body with this one type and a closure, instead of declaring `Encodable` structs of its
/// own for the body and its wrapper: the structs' metadata, value witnesses and coding keys were most of what an
/// endpoint cost the compiler. The bytes are the same: fields in the closure's order (the encoder sorts the keys),
/// `nil` optionals left out.
nonisolated struct FixtureJSONBody: Encodable {
    private let write: (inout KeyedEncodingContainer<FixtureCodingKey>) throws -> Void

    /// Creates a body that `write` fills in.
    ///
    /// - Parameter write: Encodes the body's fields into the top-level JSON object.
    init(_ write: @escaping (inout KeyedEncodingContainer<FixtureCodingKey>) throws -> Void) {
        self.write = write
    }

    func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: FixtureCodingKey.self)
        try write(&object)
    }
}

nonisolated extension KeyedEncodingContainer where Key == FixtureCodingKey {
    /// Encodes a JSON object under `key` (such as ZStack's `params` wrapper) that `write` fills in.
    ///
    /// - Parameters:
    ///   - key: The key of the object.
    ///   - write: Encodes the object's fields.
    mutating func encodeObject(
        forKey key: FixtureCodingKey,
        _ write: (inout KeyedEncodingContainer<FixtureCodingKey>) throws -> Void
    ) rethrows {
        var object = nestedContainer(keyedBy: FixtureCodingKey.self, forKey: key)
        try write(&object)
    }
}
