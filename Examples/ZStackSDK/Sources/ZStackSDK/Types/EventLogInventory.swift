public import Foundation

/// Event Log的数据结构
public nonisolated final class EventLogInventory: Codable, Sendable, Hashable {
    /// The `id` field.
    public let id: Int64?

    /// The `content` field.
    public let content: String?

    /// 资源UUID
    public let resourceUuid: String?

    /// The `resourceType` field.
    public let resourceType: String?

    /// The `category` field.
    public let category: String?

    /// The `trackingId` field.
    public let trackingId: String?

    /// The `type` field.
    public let type: String?

    /// The `time` field.
    public let time: Int64?

    /// 创建时间
    public let createDate: Date?

    /// Creates a value.
    ///
    /// - Parameters:
    ///   - id: The `id` field.
    ///   - content: The `content` field.
    ///   - resourceUuid: 资源UUID
    ///   - resourceType: The `resourceType` field.
    ///   - category: The `category` field.
    ///   - trackingId: The `trackingId` field.
    ///   - type: The `type` field.
    ///   - time: The `time` field.
    ///   - createDate: 创建时间
    public init(
        id: Int64? = nil,
        content: String? = nil,
        resourceUuid: String? = nil,
        resourceType: String? = nil,
        category: String? = nil,
        trackingId: String? = nil,
        type: String? = nil,
        time: Int64? = nil,
        createDate: Date? = nil
    ) {
        self.id = id
        self.content = content
        self.resourceUuid = resourceUuid
        self.resourceType = resourceType
        self.category = category
        self.trackingId = trackingId
        self.type = type
        self.time = time
        self.createDate = createDate
    }

    /// Decodes a value from its JSON object.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
    public init(from decoder: any Decoder) throws {
        let object = try decoder.container(keyedBy: ZStackCodingKey.self)
        self.id = try object.optionalValue(Int64.self, forKey: "id")
        self.content = try object.optionalValue(String.self, forKey: "content")
        self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
        self.resourceType = try object.optionalValue(String.self, forKey: "resourceType")
        self.category = try object.optionalValue(String.self, forKey: "category")
        self.trackingId = try object.optionalValue(String.self, forKey: "trackingId")
        self.type = try object.optionalValue(String.self, forKey: "type")
        self.time = try object.optionalValue(Int64.self, forKey: "time")
        self.createDate = try object.optionalValue(Date.self, forKey: "createDate")
    }

    /// Encodes the value as its JSON object, without the fields that are `nil`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: The encoder's error.
    public func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        try object.encodeValue(self.id, forKey: "id")
        try object.encodeValue(self.content, forKey: "content")
        try object.encodeValue(self.resourceUuid, forKey: "resourceUuid")
        try object.encodeValue(self.resourceType, forKey: "resourceType")
        try object.encodeValue(self.category, forKey: "category")
        try object.encodeValue(self.trackingId, forKey: "trackingId")
        try object.encodeValue(self.type, forKey: "type")
        try object.encodeValue(self.time, forKey: "time")
        try object.encodeValue(self.createDate, forKey: "createDate")
    }

    /// Whether two values are equal (`==`): all their fields are.
    ///
    /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
    /// module and in its importers is checked against.
    ///
    /// - Parameters:
    ///   - lhs: A value.
    ///   - rhs: Another value.
    /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
    @_implements(Equatable,==(_:_:))
    public static func fieldsAreEqual(_ lhs: EventLogInventory, _ rhs: EventLogInventory) -> Bool {
        guard ZStackFieldwise.same(lhs.id, rhs.id) else { return false }
        guard ZStackFieldwise.same(lhs.content, rhs.content) else { return false }
        guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
        guard ZStackFieldwise.same(lhs.resourceType, rhs.resourceType) else { return false }
        guard ZStackFieldwise.same(lhs.category, rhs.category) else { return false }
        guard ZStackFieldwise.same(lhs.trackingId, rhs.trackingId) else { return false }
        guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
        guard ZStackFieldwise.same(lhs.time, rhs.time) else { return false }
        return ZStackFieldwise.same(lhs.createDate, rhs.createDate)
    }

    /// Feeds all the fields to the hasher, in the order they are declared.
    ///
    /// - Parameter hasher: The hasher to feed.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.id)
        hasher.combine(self.content)
        hasher.combine(self.resourceUuid)
        hasher.combine(self.resourceType)
        hasher.combine(self.category)
        hasher.combine(self.trackingId)
        hasher.combine(self.type)
        hasher.combine(self.time)
        hasher.combine(self.createDate)
    }
}

nonisolated extension EventLogInventory {
    /// The fields of ``EventLogInventory`` that typed query conditions compare, each with the type of its values:
    /// `$0.id == value` in a conditions closure.
    ///
    /// `Root` is the queried type: ``EventLogInventory``, or a type with a field that leads here, whose
    /// conditions name this type's fields after that field (`field.id`).
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The fields that lead here from `Root`; none when `Root` is this type.
        private let pathFromRoot: ZStackQueryPath

        /// The fields of ``EventLogInventory`` for its own conditions.
        public init() where Root == EventLogInventory {
            self.pathFromRoot = ZStackQueryPath()
        }

        /// The fields of ``EventLogInventory`` reached from `Root` through the fields that `path` names.
        ///
        /// - Parameter path: The fields that lead here (`vmNics`).
        init(path: ZStackQueryPath) {
            self.pathFromRoot = path
        }

        /// The `id` field.
        public var id: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "id")
        }

        /// The `content` field.
        public var content: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "content")
        }

        /// 资源UUID
        public var resourceUuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "resourceUuid")
        }

        /// The `resourceType` field.
        public var resourceType: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "resourceType")
        }

        /// The `category` field.
        public var category: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "category")
        }

        /// The `trackingId` field.
        public var trackingId: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "trackingId")
        }

        /// The `type` field.
        public var type: ZStackQueryField<Root, String> {
            ZStackQueryField(pathFromRoot, "type")
        }

        /// The `time` field.
        public var time: ZStackQueryField<Root, Int64> {
            ZStackQueryField(pathFromRoot, "time")
        }

        /// 创建时间
        public var createDate: ZStackQueryField<Root, Date> {
            ZStackQueryField(pathFromRoot, "createDate")
        }
    }
}
