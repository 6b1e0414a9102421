import HTTPTypes

/// 修改镜像状态(ChangeImageState)
///
/// 修改镜像状态
///
/// `PUT /zstack/v1/images/{uuid}/actions`, asynchronous, authorization required.
///
/// Category: image
public nonisolated enum ChangeImageState {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "ChangeImageState",
            method: .put,
            pathTemplate: "/zstack/v1/images/{uuid}/actions",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// 镜像的UUID，唯一标示该镜像
        public let uuid: String

        /// 镜像的状态
        public let stateEvent: ChangeImageStateStateEvent

        /// 系统标签
        public let systemTags: [String]?

        /// 用户标签
        public let userTags: [String]?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: 镜像的UUID，唯一标示该镜像
        ///   - stateEvent: 镜像的状态
        ///   - systemTags: 系统标签
        ///   - userTags: 用户标签
        public init(
            uuid: String,
            stateEvent: ChangeImageStateStateEvent,
            systemTags: [String]? = nil,
            userTags: [String]? = nil
        ) {
            self.uuid = uuid
            self.stateEvent = stateEvent
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
            guard ZStackFieldwise.same(lhs.stateEvent, rhs.stateEvent) else { return false }
            guard ZStackFieldwise.same(lhs.systemTags, rhs.systemTags) else { return false }
            return ZStackFieldwise.same(lhs.userTags, rhs.userTags)
        }
    }

    /// 镜像清单
    ///
    /// An ``InventoryReply`` of ``ImageInventory``: the replies that differ only in that type share one generic type.
    public typealias Response = InventoryReply<ImageInventory>
}

nonisolated extension ZStackClient {
    /// 修改镜像状态(ChangeImageState)
    ///
    /// 修改镜像状态
    ///
    /// `PUT /zstack/v1/images/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - uuid: 镜像的UUID，唯一标示该镜像
    ///   - stateEvent: 镜像的状态
    ///   - systemTags: 系统标签
    ///   - userTags: 用户标签
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeImageState(
        uuid: String,
        stateEvent: ChangeImageStateStateEvent,
        systemTags: [String]? = nil,
        userTags: [String]? = nil,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeImageState.Response {
        try await changeImageState(
            ChangeImageState.Request(uuid: uuid, stateEvent: stateEvent, systemTags: systemTags, userTags: userTags),
            polling: polling
        )
    }

    /// 修改镜像状态(ChangeImageState)
    ///
    /// 修改镜像状态
    ///
    /// `PUT /zstack/v1/images/{uuid}/actions`, asynchronous, authorization required. The method returns when the
    /// server's job has finished.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: 镜像清单
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    public func changeImageState(
        _ request: ChangeImageState.Request,
        polling: ZStackPolling? = nil
    ) async throws -> ChangeImageState.Response {
        let call = ZStackRequestBuilder(operation: ChangeImageState.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "changeImageState") { wrapped in
                try wrapped.encodeValue(request.stateEvent, forKey: "stateEvent")
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
            try body.encodeValue(request.userTags, forKey: "userTags")
        }
        return try await perform(call, polling: polling)
    }
}
