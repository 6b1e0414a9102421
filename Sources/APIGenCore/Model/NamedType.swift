/// An object or enum type with a name, shared by every endpoint that mentions it.
public struct NamedType: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Fields in the order the documentation lists them.
        case object([Field])
        /// Wire values in the order the documentation lists them.
        case enumeration([EnumValue])
    }

    public var name: String
    public var description: LocalizedText
    public var kind: Kind
    public var origin: Origin

    public init(name: String, description: LocalizedText, kind: Kind, origin: Origin) {
        self.name = name
        self.description = description
        self.kind = kind
        self.origin = origin
    }

    public var fields: [Field] {
        if case .object(let fields) = kind { return fields }
        return []
    }

    public var values: [EnumValue] {
        if case .enumeration(let values) = kind { return values }
        return []
    }
}

/// One value of an enum: its wire spelling and what it means.
public struct EnumValue: Hashable, Sendable {
    public var value: String
    public var description: LocalizedText
    public var origin: Origin

    public init(value: String, description: LocalizedText, origin: Origin) {
        self.value = value
        self.description = description
        self.origin = origin
    }
}
