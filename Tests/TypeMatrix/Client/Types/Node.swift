/// A recursive object.
public nonisolated struct Node: Codable, Sendable, Hashable {
    /// Its label.
    public let label: String?

    /// Its children.
    public let children: [Node]?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - label: Its label.
    ///   - children: Its children.
    public init(label: String? = nil, children: [Node]? = nil) {
        self.label = label
        self.children = children
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: MatrixCodingKey.self)
        self.label = try object.optionalValue(String.self, forKey: "label")
        self.children = try object.optionalValue([Node].self, forKey: "children")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: MatrixCodingKey.self)
        try object.encodeValue(self.label, forKey: "label")
        try object.encodeValue(self.children, forKey: "children")
    }
}
