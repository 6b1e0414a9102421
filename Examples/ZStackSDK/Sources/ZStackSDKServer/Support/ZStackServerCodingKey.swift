/// A JSON member name that is only known at run time, such as the API's error field or a body's wrapper.
nonisolated struct ZStackServerCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }

    init(_ stringValue: String) {
        self.stringValue = stringValue
    }

    init?(stringValue: String) {
        self.init(stringValue)
    }

    init?(intValue: Int) {
        return nil
    }
}

/// The member names of a JSON object, for telling apart the calls that share a method and a path.
nonisolated struct ZStackServerTopLevelKeys: Decodable {
    /// The member names, in no particular order; empty if the JSON value is no object.
    var keys: Set<String>

    init(from decoder: any Decoder) throws {
        let container = try? decoder.container(keyedBy: ZStackServerCodingKey.self)
        self.keys = Set(container?.allKeys.map(\.stringValue) ?? [])
    }
}
