import HTTPTypes

/// UpdateVmPriority
///
/// 更改云主机优先级
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: vmInstance
public nonisolated enum UpdateVmPriority {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "UpdateVmPriority",
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

        /// The `priority` field.
        public let priority: String

        /// The `systemTags` field.
        public let systemTags: [String]?

        /// The `userTags` field.
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 资源的UUID，唯一标示该资源
        ///   - priority: The `priority` field.
        ///   - systemTags: The `systemTags` field.
        ///   - userTags: The `userTags` field.
        public init(uuid: String, priority: String, systemTags: [String]? = nil, userTags: [String]? = nil) {
            self.uuid = uuid
            self.priority = priority
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
            guard ZStackFieldwise.same(lhs.priority, rhs.priority) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 更改云主机优先级返回
    ///
    /// The same type as ``RemoveSdnController/Response``: the replies have the same fields.
    public typealias Response = RemoveSdnController.Response
}

nonisolated extension ZStackClient {
    /// UpdateVmPriority
    ///
    /// 更改云主机优先级
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 资源的UUID，唯一标示该资源
    ///   - priority: The `priority` field.
    ///   - systemTags: The `systemTags` field.
    ///   - userTags: The `userTags` field.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更改云主机优先级返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateVmPriority(
        uuid: String,
        priority: String,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateVmPriority.Response {
        try await updateVmPriority(
            UpdateVmPriority.Request(uuid: uuid, priority: priority, systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// UpdateVmPriority
    ///
    /// 更改云主机优先级
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 更改云主机优先级返回
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func updateVmPriority(
        _ request: UpdateVmPriority.Request,
        polling: ZStackPolling? = nil
    ) async throws -> UpdateVmPriority.Response {
        let call = ZStackRequestBuilder(operation: UpdateVmPriority.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "updateVmPriority") { wrapped in
                try wrapped.encodeValue(request.priority, forKey: "priority")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
