import HTTPTypes

/// 创建一个新的区域(CreateZone)
///
/// 创建一个新的区域
///
/// 创建一个新的区域
///
/// `POST /zstack/v1/zones`, asynchronous, authorization required.
///
/// Category: zone
public nonisolated enum CreateZone {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreateZone",
            method: .post,
            pathTemplate: "/zstack/v1/zones",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源名称
        public let name: String

        /// 资源的详细描述
        public let description: String?

        /// 用户指定的资源uuid
        public let resourceUuid: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// 标签UUID列表
        public let tagUuids: [String]?

        /// The `isDefault` field.
        public let isDefault: Bool?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - name: 资源名称
        ///   - description: 资源的详细描述
        ///   - resourceUuid: 用户指定的资源uuid
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - tagUuids: 标签UUID列表
        ///   - isDefault: The `isDefault` field.
        public init(
            name: String,
            description: String? = nil,
            resourceUuid: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            tagUuids: [String]? = nil,
            isDefault: Bool? = nil
        ) {
            self.name = name
            self.description = description
            self.resourceUuid = resourceUuid
            self.systemTags = systemTags
            self.userTags = userTags
            self.tagUuids = tagUuids
            self.isDefault = isDefault
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
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            guard ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids) else { return false }
            return ZStackFieldwise.same(lhs.isDefault, rhs.isDefault)
        }
    }

    /// 区域（Zone）清单
    ///
    /// An ``InventoryReply`` of ``ZoneInventory``: the replies that differ only in that type share one generic type.
    public typealias Response = InventoryReply<ZoneInventory>
}

nonisolated extension ZStackClient {
    /// 创建一个新的区域(CreateZone)
    ///
    /// 创建一个新的区域
    ///
    /// 创建一个新的区域
    ///
    /// `POST /zstack/v1/zones`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - resourceUuid: 用户指定的资源uuid
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - tagUuids: 标签UUID列表
    ///   - isDefault: The `isDefault` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 区域（Zone）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createZone(
        name: String,
        description: String? = nil,
        resourceUuid: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        tagUuids: [String]? = nil,
        isDefault: Bool? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateZone.Response {
        try await createZone(
            CreateZone.Request(
                name: name,
                description: description,
                resourceUuid: resourceUuid,
                systemTags: systemTags,
                userTags: userTags,
                tagUuids: tagUuids,
                isDefault: isDefault
            ),
            polling: polling
        )
    }

    /// 创建一个新的区域(CreateZone)
    ///
    /// 创建一个新的区域
    ///
    /// 创建一个新的区域
    ///
    /// `POST /zstack/v1/zones`, asynchronous, authorization required. The method returns when the server's job has
    /// finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 区域（Zone）清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createZone(
        _ request: CreateZone.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateZone.Response {
        let call = ZStackRequestBuilder(operation: CreateZone.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
                try wrapped.encodeValue(request.isDefault, forKey: "isDefault")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
