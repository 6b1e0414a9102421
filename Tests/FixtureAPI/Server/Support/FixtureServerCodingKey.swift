/// A JSON member name that is only known at run time, such as the API's error field or a body's wrapper, or an
/// index in an array.
nonisolated struct FixtureServerCodingKey: CodingKey, ExpressibleByStringLiteral {
    var stringValue: String
    var intValue: Int?

    init(_ stringValue: String) {
        self.stringValue = stringValue
        self.intValue = nil
    }

    init(stringLiteral value: String) {
        self.init(value)
    }

    init(index: Int) {
        self.stringValue = "Index \(index)"
        self.intValue = index
    }

    init?(stringValue: String) {
        self.init(stringValue)
    }

    init?(intValue: Int) {
        self.init(index: intValue)
    }
}

/// The member names of a JSON object, for telling apart the calls that share a method and a path.
nonisolated struct FixtureServerTopLevelKeys: Decodable {
    /// The member names, in no particular order; empty if the JSON value is no object.
    var keys: Set<String>

    init(from decoder: any Decoder) throws {
        let container = try? decoder.container(keyedBy: FixtureServerCodingKey.self)
        self.keys = Set(container?.allKeys.map(\.stringValue) ?? [])
    }
}
