import HTTPTypes

/// FlattenVmInstance
///
/// 扁平合并云主机
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum FlattenVmInstance {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "FlattenVmInstance",
            method: .put,
            pathTemplate: "/zstack/v1/vm-instances/{uuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 资源的UUID，唯一标示该资源
        public let uuid: String

        /// 扁平合并云主机上所有云盘
        public let full: Bool?

        /// 试运行，可用于预测数据用量
        public let dryRun: Bool?

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - full: 扁平合并云主机上所有云盘
        ///   - dryRun: 试运行，可用于预测数据用量
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            full: Bool? = nil,
            dryRun: Bool? = nil,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.full = full
            self.dryRun = dryRun
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
            guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
            guard ZStackFieldwise.same(lhs.full, rhs.full) else { return false }
            guard ZStackFieldwise.same(lhs.dryRun, rhs.dryRun) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 扁平合并云主机结果
    ///
    /// An ``InventoryReply`` of ``VmInstanceInventory``: the replies that differ only in that type share one generic
    /// type.
    public typealias Response = InventoryReply<VmInstanceInventory>
}

nonisolated extension ZStackClient {
    /// FlattenVmInstance
    ///
    /// 扁平合并云主机
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - full: 扁平合并云主机上所有云盘
    ///   - dryRun: 试运行，可用于预测数据用量
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 扁平合并云主机结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func flattenVmInstance(
        uuid: String,
        full: Bool? = nil,
        dryRun: Bool? = nil,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> FlattenVmInstance.Response {
        try await flattenVmInstance(
            FlattenVmInstance.Request(
                uuid: uuid,
                full: full,
                dryRun: dryRun,
                systemTags: systemTags,
                userTags: userTags
            ),
            polling: polling
        )
    }

    /// FlattenVmInstance
    ///
    /// 扁平合并云主机
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 扁平合并云主机结果
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func flattenVmInstance(
        _ request: FlattenVmInstance.Request,
        polling: ZStackPolling? = nil
    ) async throws -> FlattenVmInstance.Response {
        let call = ZStackRequestBuilder(operation: FlattenVmInstance.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "flattenVmInstance") { wrapped in
                try wrapped.encodeValue(request.full, forKey: "full")
                try wrapped.encodeValue(request.dryRun, forKey: "dryRun")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
