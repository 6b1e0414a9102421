import HTTPTypes

/// CreateAccessControlList
///
/// 创建访问控制策略组
///
/// `POST /zstack/v1/access-control-lists`, asynchronous, authorization required.
///
/// Category: acl
public nonisolated enum CreateAccessControlList {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreateAccessControlList",
            method: .post,
            pathTemplate: "/zstack/v1/access-control-lists",
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

        /// IP协议版本
        public let ipVersion: CreateAccessControlListIpVersion?

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
        ///   - description: 资源的详细描述
        ///   - ipVersion: IP协议版本
        ///   - resourceUuid: 资源UUID
        ///   - tagUuids: 标签UUID列表
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            name: String,
            description: String? = nil,
            ipVersion: CreateAccessControlListIpVersion? = nil,
            resourceUuid: String? = nil,
            tagUuids: [String]? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.name = name
            self.description = description
            self.ipVersion = ipVersion
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
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.ipVersion, rhs.ipVersion) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.tagUuids, rhs.tagUuids) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 访问控制策略组清单
    ///
    /// An ``InventoryReply`` of ``AccessControlListInventory``: the replies that differ only in that type share one
    /// generic type.
    public typealias Response = InventoryReply<AccessControlListInventory>
}

nonisolated extension ZStackClient {
    /// CreateAccessControlList
    ///
    /// 创建访问控制策略组
    ///
    /// `POST /zstack/v1/access-control-lists`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - ipVersion: IP协议版本
    ///   - resourceUuid: 资源UUID
    ///   - tagUuids: 标签UUID列表
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 访问控制策略组清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createAccessControlList(
        name: String,
        description: String? = nil,
        ipVersion: CreateAccessControlListIpVersion? = nil,
        resourceUuid: String? = nil,
        tagUuids: [String]? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateAccessControlList.Response {
        try await createAccessControlList(
            CreateAccessControlList.Request(
                name: name,
                description: description,
                ipVersion: ipVersion,
                resourceUuid: resourceUuid,
                tagUuids: tagUuids,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// CreateAccessControlList
    ///
    /// 创建访问控制策略组
    ///
    /// `POST /zstack/v1/access-control-lists`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 访问控制策略组清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createAccessControlList(
        _ request: CreateAccessControlList.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateAccessControlList.Response {
        let call = ZStackRequestBuilder(operation: CreateAccessControlList.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.ipVersion, forKey: "ipVersion")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tagUuids, forKey: "tagUuids")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
