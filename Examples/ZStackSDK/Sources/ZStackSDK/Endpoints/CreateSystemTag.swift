import HTTPTypes

/// CreateSystemTag
///
/// 创建系统标签
///
/// 创建系统标签
///
/// `POST /zstack/v1/system-tags`, asynchronous, authorization required.
///
/// Category: tag
public nonisolated enum CreateSystemTag {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "CreateSystemTag",
            method: .post,
            pathTemplate: "/zstack/v1/system-tags",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 当创建一个标签时, 用户必须制定标签所关联的资源类型
        public let resourceType: String

        /// 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID
        public let resourceUuid: String

        /// 标签字符串
        public let tag: String

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - resourceType: 当创建一个标签时, 用户必须制定标签所关联的资源类型
        ///   - resourceUuid: 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID
        ///   - tag: 标签字符串
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            resourceType: String,
            resourceUuid: String,
            tag: String,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.resourceType = resourceType
            self.resourceUuid = resourceUuid
            self.tag = tag
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
            guard ZStackFieldwise.same(lhs.resourceType, rhs.resourceType) else { return false }
            guard ZStackFieldwise.same(lhs.resourceUuid, rhs.resourceUuid) else { return false }
            guard ZStackFieldwise.same(lhs.tag, rhs.tag) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 标签清单
    ///
    /// An ``InventoryReply`` of ``SystemTagInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoryReply<SystemTagInventory>
}

nonisolated extension ZStackClient {
    /// CreateSystemTag
    ///
    /// 创建系统标签
    ///
    /// 创建系统标签
    ///
    /// `POST /zstack/v1/system-tags`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - resourceType: 当创建一个标签时, 用户必须制定标签所关联的资源类型
    ///   - resourceUuid: 用户指定的资源UUID，若指定，系统不会为该资源随机分配UUID
    ///   - tag: 标签字符串
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 标签清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createSystemTag(
        resourceType: String,
        resourceUuid: String,
        tag: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> CreateSystemTag.Response {
        try await createSystemTag(
            CreateSystemTag.Request(
                resourceType: resourceType,
                resourceUuid: resourceUuid,
                tag: tag,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// CreateSystemTag
    ///
    /// 创建系统标签
    ///
    /// 创建系统标签
    ///
    /// `POST /zstack/v1/system-tags`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 标签清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func createSystemTag(
        _ request: CreateSystemTag.Request,
        polling: ZStackPolling? = nil
    ) async throws -> CreateSystemTag.Response {
        let call = ZStackRequestBuilder(operation: CreateSystemTag.operation)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(request.resourceType, forKey: "resourceType")
                try wrapped.encodeValue(request.resourceUuid, forKey: "resourceUuid")
                try wrapped.encodeValue(request.tag, forKey: "tag")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
