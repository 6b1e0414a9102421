/// A field, parameter or header: one row of a documentation page's table.
public struct Field: Hashable, Sendable {
    /// The name on the wire.
    public var name: String
    public var type: TypeReference
    /// The type as the spec wrote it (`boolean`, `LinkedHashMap`), which the docs show.
    public var typeSpelling: String
    /// The documentation's Required badge. For requests it makes a required parameter; for
    /// responses it is documentation only (replies may omit any field).
    public var isRequired: Bool
    public var isNullable: Bool
    public var description: LocalizedText
    public var since: String?
    public var deprecation: Deprecation?
    public var defaultValue: JSONValue?
    public var example: JSONValue?
    /// Body fields only: stays at the top level of a wrapped body.
    public var isOutsideWrapper: Bool
    public var origin: Origin

    public init(
        name: String, type: TypeReference, typeSpelling: String, isRequired: Bool = false, isNullable: Bool = false,
        description: LocalizedText = .empty, since: String? = nil, deprecation: Deprecation? = nil,
        defaultValue: JSONValue? = nil, example: JSONValue? = nil, isOutsideWrapper: Bool = false, origin: Origin
    ) {
        self.name = name
        self.type = type
        self.typeSpelling = typeSpelling
        self.isRequired = isRequired
        self.isNullable = isNullable
        self.description = description
        self.since = since
        self.deprecation = deprecation
        self.defaultValue = defaultValue
        self.example = example
        self.isOutsideWrapper = isOutsideWrapper
        self.origin = origin
    }
}

/// `deprecated: {since: VERSION, message: TEXT}`.
public struct Deprecation: Hashable, Sendable {
    public var since: String?
    public var message: LocalizedText

    public init(since: String?, message: LocalizedText) {
        self.since = since
        self.message = message
    }
}
