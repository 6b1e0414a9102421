import HTTPTypes

/// CreateDirectory
///
/// 创建目录
///
/// `POST /zstack/v1/create/directory`, asynchronous, authorization required.
///
/// Category: directory
public nonisolated enum CreateDirectory {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreateDirectory",
            method: .post,
            pathTemplate: "/zstack/v1/create/directory",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源名称
        public let name: String

        /// 区域UUID
        public let zoneUuid: String

        /// The `type` field.
        public let type: String

        /// 父级目录UUID
        public let parentUuid: String?

        /// 资源UUID
        public let resourceUuid: String?

        /// 标签UUID列表
        public let tagUuids: [String]?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - name: 资源名称
        ///   - zoneUuid: 区域UUID
        ///   - type: The `type` field.
        ///   - parentUuid: 父级目录UUID
        ///   - resourceUuid: 资源UUID
        ///   - tagUuids: 标签UUID列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            name: String,
            zoneUuid: String,
            type: String,
            parentUuid: String? = nil,
            resourceUuid: String? = nil,
            tagUuids: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.name = name
            self.zoneUuid = zoneUuid
            self.type = type
            self.parentUuid = parentUuid
            self.resourceUuid = resourceUuid
            self.tagUuids = tagUuids
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
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.zoneUuid, rhs.zoneUuid) else { return false }
            guard ZStackFieldwise.same(lhs.type, rhs.type) else { return false }
            guard ZStackFieldwise.same(lhs.parentUuid, rhs.parentUuid) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 创建目录返回
    ///
    /// An ``InventoryReply`` of ``DirectoryInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoryReply<DirectoryInventory>
}

nonisolated extension ZStackClient {
    /// CreateDirectory
    ///
    /// 创建目录
    ///
    /// `POST /zstack/v1/create/directory`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - zoneUuid: 区域UUID
    ///   - type: The `type` field.
    ///   - parentUuid: 父级目录UUID
    ///   - resourceUuid: 资源UUID
    ///   - tagUuids: 标签UUID列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 创建目录返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createDirectory(
        name: String,
        zoneUuid: String,
        type: String,
        parentUuid: String? = nil,
        resourceUuid: String? = nil,
        tagUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateDirectory.Response {
        try await createDirectory(
            CreateDirectory.Request(
                name: name,
                zoneUuid: zoneUuid,
                type: type,
                parentUuid: parentUuid,
                resourceUuid: resourceUuid,
                tagUuids: tagUuids,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// CreateDirectory
    ///
    /// 创建目录
    ///
    /// `POST /zstack/v1/create/directory`, asynchronous, authorization required. The method returns when the server's
    /// job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 创建目录返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createDirectory(
        _ request: CreateDirectory.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateDirectory.Response {
        let call = ZStackRequestBuilder(operation: CreateDirectory.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.parentUuid, forKey: "parentUuid")
                try wrapped.encodeValue(request.zoneUuid, forKey: "zoneUuid")
                try wrapped.encodeValue(request.type, forKey: "type")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
