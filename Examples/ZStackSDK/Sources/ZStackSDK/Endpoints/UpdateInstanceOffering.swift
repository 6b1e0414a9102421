import HTTPTypes

/// UpdateInstanceOffering
///
/// 更新云主机规格
///
/// 更新云主机规格
///
/// `PUT /zstack/v1/instance-offerings/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: configuration
public nonisolated enum UpdateInstanceOffering {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "UpdateInstanceOffering",
            method: .put,
            pathTemplate: "/zstack/v1/instance-offerings/{uuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源的UUID，唯一标示该资源
        public let uuid: String

        /// 资源名称
        public let name: String?

        /// 资源的详细描述
        public let description: String?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// The `allocatorStrategy` field.
        public let allocatorStrategy: String?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - name: 资源名称
        ///   - description: 资源的详细描述
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        ///   - allocatorStrategy: The `allocatorStrategy` field.
        public init(
            uuid: String,
            name: String? = nil,
            description: String? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil,
            allocatorStrategy: String? = nil
        ) {
            self.uuid = uuid
            self.name = name
            self.description = description
            self.systemTags = systemTags
            self.userTags = userTags
            self.allocatorStrategy = allocatorStrategy
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
            guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }
            guard ZStackFieldwise.same(lhs.description, rhs.description) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            guard ZStackFieldwise.same(lhs.userTags, rhs.userTags) else { return false }
            return ZStackFieldwise.same(lhs.allocatorStrategy, rhs.allocatorStrategy)
        }
    }

    /// 云主机规格清单
    ///
    /// An ``InventoryReply`` of ``InstanceOfferingInventory``: the replies that differ only in that type share one
    /// generic type.
    ///
    /// - `inventory`: 云主机规格清单
    public typealias Response = InventoryReply<InstanceOfferingInventory>
}

nonisolated extension ZStackClient {
    /// UpdateInstanceOffering
    ///
    /// 更新云主机规格
    ///
    /// 更新云主机规格
    ///
    /// `PUT /zstack/v1/instance-offerings/{uuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - name: 资源名称
    ///   - description: 资源的详细描述
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - allocatorStrategy: The `allocatorStrategy` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机规格清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateInstanceOffering(
        uuid: String,
        name: String? = nil,
        description: String? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        allocatorStrategy: String? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateInstanceOffering.Response {
        try await updateInstanceOffering(
            UpdateInstanceOffering.Request(
                uuid: uuid,
                name: name,
                description: description,
                systemTags: systemTags,
                userTags: userTags,
                allocatorStrategy: allocatorStrategy
            ),
            polling: polling
        )
    }

    /// UpdateInstanceOffering
    ///
    /// 更新云主机规格
    ///
    /// 更新云主机规格
    ///
    /// `PUT /zstack/v1/instance-offerings/{uuid}/actions`, asynchronous, authorization required. The method returns
    /// when the server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 云主机规格清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateInstanceOffering(
        _ request: UpdateInstanceOffering.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateInstanceOffering.Response {
        let call = ZStackRequestBuilder(operation: UpdateInstanceOffering.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "updateInstanceOffering") { wrapped in
                try wrapped.encodeValue(request.name, forKey: "name")
                try wrapped.encodeValue(request.description, forKey: "description")
                try wrapped.encodeValue(request.allocatorStrategy, forKey: "allocatorStrategy")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
