import HTTPTypes

/// GetMemorySnapshotGroupReference
///
/// 获取资源被引用的内存快照组
///
/// `GET /zstack/v1/memory-snapshots/group/reference`, synchronous, authorization required.
///
/// Category: snapshot.volume
public nonisolated enum GetMemorySnapshotGroupReference {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "GetMemorySnapshotGroupReference",
            method: .get,
            pathTemplate: "/zstack/v1/memory-snapshots/group/reference",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源UUID
        public let resourceUuid: String

        /// 资源类型
        public let resourceType: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - resourceUuid: 资源UUID
        ///   - resourceType: 资源类型
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            resourceUuid: String,
            resourceType: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.resourceUuid = resourceUuid
            self.resourceType = resourceType
            self.systemTags = systemTags
            self.userTags = userTags
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
        public static func fieldsAreEqual(_ lhs: Request, _ rhs: Request) -> Bool {
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.resourceType, rhs.resourceType) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 获取资源引用快照组列表返回
    public final class Response: Codable, Sendable, Equatable {
        /// 被引用的内存快照组列表
        public let inventories: [VolumeSnapshotGroupInventory]?

        /// 资源UUID
        public let resourceUuid: String?

        /// The `success` field.
        public let success: Bool?

        /// 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public let error: ErrorCode?

        /// Creates a value.
        ///
        /// - Parameters:
        ///   - inventories: 被引用的内存快照组列表
        ///   - resourceUuid: 资源UUID
        ///   - success: The `success` field.
        ///   - error: 错误码，若不为null，则表示操作失败, 操作成功时该字段为null
        public init(
            inventories: [VolumeSnapshotGroupInventory]? = nil,
            resourceUuid: String? = nil,
            success: Bool? = nil,
            error: ErrorCode? = nil
        ) {
            self.inventories = inventories
            self.resourceUuid = resourceUuid
            self.success = success
            self.error = error
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackCodingKey.self)
            self.inventories = try object.optionalValue([VolumeSnapshotGroupInventory].self, forKey: "inventories")
            self.resourceUuid = try object.optionalValue(String.self, forKey: "resourceUuid")
            self.success = try object.optionalValue(Bool.self, forKey: "success")
            self.error = try object.optionalValue(ErrorCode.self, forKey: "error")
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            var object = encoder.container(keyedBy: ZStackCodingKey.self)
            try object.encodeValue(self.inventories, forKey: "inventories")
            try object.encodeValue(self.resourceUuid, forKey: "resourceUuid")
            try object.encodeValue(self.success, forKey: "success")
            try object.encodeValue(self.error, forKey: "error")
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
        public static func fieldsAreEqual(_ lhs: Response, _ rhs: Response) -> Bool {
            guard ZStackFieldwise.same(lhs.inventories, rhs.inventories) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.success, rhs.success) else { return false }
            return ZStackFieldwise.same(lhs.error, rhs.error)
        }
    }
}

nonisolated extension ZStackClient {
    /// GetMemorySnapshotGroupReference
    ///
    /// 获取资源被引用的内存快照组
    ///
    /// `GET /zstack/v1/memory-snapshots/group/reference`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - resourceUuid: 资源UUID
    ///   - resourceType: 资源类型
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    /// - Returns: 获取资源引用快照组列表返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getMemorySnapshotGroupReference(
        resourceUuid: String,
        resourceType: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil
    ) async throws -> GetMemorySnapshotGroupReference.Response {
        try await getMemorySnapshotGroupReference(
            GetMemorySnapshotGroupReference.Request(
                resourceUuid: resourceUuid,
                resourceType: resourceType,
                systemTags: systemTags,
                userTags: userTags
            )
        )
    }

    /// GetMemorySnapshotGroupReference
    ///
    /// 获取资源被引用的内存快照组
    ///
    /// `GET /zstack/v1/memory-snapshots/group/reference`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取资源引用快照组列表返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func getMemorySnapshotGroupReference(
        _ request: GetMemorySnapshotGroupReference.Request
    ) async throws -> GetMemorySnapshotGroupReference.Response {
        let call = ZStackRequestBuilder(operation: GetMemorySnapshotGroupReference.operation)
        call.appendQueryItem("resourceUuid", value: request.resourceUuid)
        call.appendQueryItem("resourceType", value: request.resourceType)
        call.appendQueryItems("systemTags", values: request.systemTags)
        call.appendQueryItems("userTags", values: request.userTags)
        return try await perform(call)
    }
}
